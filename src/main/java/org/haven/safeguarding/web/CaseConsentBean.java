package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.application.ConsentStanding;
import org.haven.safeguarding.domain.ConsentAnswer;
import org.haven.safeguarding.domain.Disclosure;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent and disclosure on the staff case page, for those who work the case: each pupil's wishes about telling
 * their parents and people outside the school (recorded at intake, changed later), a safety or legal override
 * with its ground ({@link ConsentOverrideBean}), and the record of every disclosure (recorded through
 * {@link DisclosureBean}).
 */
@Named("caseConsent")
@ViewScoped
public class CaseConsentBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ConsentRecords records;

    @Inject
    ConsentStanding consents;

    private Long caseId;
    private transient List<ConsentStanding.PartyConsent> standing;
    private transient List<Disclosure> disclosures;
    private final Map<Long, String> parents = new HashMap<>();
    private final Map<Long, String> outside = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public List<ConsentStanding.PartyConsent> standing(long id) {
        if (standing == null || caseId == null || caseId != id) {
            caseId = id;
            disclosures = null;
            try {
                standing = consents.of(id);
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
        return standing.stream().filter(p -> p.partyId() == partyId).map(ConsentStanding.PartyConsent::name)
                .findFirst().orElse(null);
    }

    public void record(long id, long partyId) {
        run(() -> records.record(id, partyId, answer(parents.get(partyId)), answer(outside.get(partyId)),
                notes.get(partyId)),
                "consent.recorded");
        notes.remove(partyId);
    }

    /** Runs an action of one of the section's forms; the section is read again after. */
    boolean run(Runnable action, String doneKey) {
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
}
