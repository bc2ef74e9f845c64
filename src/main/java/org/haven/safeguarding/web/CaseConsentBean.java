package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentAnswer;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.Disclosure;
import org.haven.safeguarding.domain.RecipientKind;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent and disclosure on the staff case page, for those who work the case: each pupil's wishes about telling
 * their parents and people outside the school (recorded at intake, changed later), a safety or legal override
 * with its ground, and the record of every disclosure.
 */
@Named("caseConsent")
@ViewScoped
public class CaseConsentBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ConsentRecords records;

    private Long caseId;
    private transient List<ConsentRecords.PartyConsent> standing;
    private transient List<Disclosure> disclosures;
    private final Map<Long, String> parents = new HashMap<>();
    private final Map<Long, String> outside = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private Long overrideParty;
    private ConsentScope overrideScope;
    private String legalGround;
    private Long discloseParty;
    private RecipientKind recipientKind;
    private String recipient;
    private String what;
    private String why;

    public List<ConsentRecords.PartyConsent> standing(long id) {
        if (standing == null || caseId == null || caseId != id) {
            caseId = id;
            disclosures = null;
            try {
                standing = records.standing(id);
            } catch (Refusal e) {
                standing = List.of();
            }
            standing.forEach(p -> {
                parents.putIfAbsent(p.partyId(), p.parents().name());
                outside.putIfAbsent(p.partyId(), p.outside().name());
            });
        }
        return standing;
    }

    public List<Disclosure> disclosures(long id) {
        standing(id);
        if (disclosures == null) {
            try {
                disclosures = records.disclosures(id);
            } catch (Refusal e) {
                disclosures = List.of();
            }
        }
        return disclosures;
    }

    /** The name of a party of the case, for the disclosure list. */
    public String partyName(Long partyId) {
        if (partyId == null || standing == null) {
            return null;
        }
        return standing.stream().filter(p -> p.partyId() == partyId).map(ConsentRecords.PartyConsent::name)
                .findFirst().orElse(null);
    }

    public void record(long id, long partyId) {
        run(() -> records.record(id, partyId, answer(parents.get(partyId)), answer(outside.get(partyId)),
                notes.get(partyId)),
                "consent.recorded");
        notes.remove(partyId);
    }

    public void override(long id) {
        if (overrideParty == null) {
            FacesMessages.error(null, "consent.party.unknown");
            return;
        }
        if (run(() -> records.override(id, overrideParty, overrideScope, legalGround), "consent.overridden")) {
            legalGround = null;
        }
    }

    public void disclose(long id) {
        if (run(() -> records.disclose(id, discloseParty, recipientKind, recipient, what, why), "disclosure.recorded")) {
            recipient = null;
            what = null;
            why = null;
        }
    }

    private boolean run(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            return true;
        } catch (Refusal e) {
            e.errors().forEach(f -> FacesMessages.error(null, f.key(), f.args()));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } finally {
            standing = null;
            disclosures = null;
        }
    }

    public ConsentAnswer[] getAnswers() {
        return ConsentAnswer.values();
    }

    public ConsentScope[] getScopes() {
        return ConsentScope.values();
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    private static ConsentAnswer answer(String value) {
        try {
            return value == null || value.isBlank() ? null : ConsentAnswer.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Map<Long, String> getParents() {
        return parents;
    }

    public Map<Long, String> getOutside() {
        return outside;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getOverrideParty() {
        return overrideParty;
    }

    public void setOverrideParty(Long overrideParty) {
        this.overrideParty = overrideParty;
    }

    public ConsentScope getOverrideScope() {
        return overrideScope;
    }

    public void setOverrideScope(ConsentScope overrideScope) {
        this.overrideScope = overrideScope;
    }

    public String getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(String legalGround) {
        this.legalGround = legalGround;
    }

    public Long getDiscloseParty() {
        return discloseParty;
    }

    public void setDiscloseParty(Long discloseParty) {
        this.discloseParty = discloseParty;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
