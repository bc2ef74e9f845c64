package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentScope;

import java.io.Serial;
import java.io.Serializable;

/**
 * The form of the case page's consent section that sets a pupil's wishes aside in one scope, for safety or because
 * the law requires it, with its ground (form "override").
 */
@Named("consentOverride")
@ViewScoped
public class ConsentOverrideBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CaseConsentBean section;

    @Inject
    ConsentRecords records;

    private Long party;
    private ConsentScope scope;
    private String legalGround;

    public void override(long id) {
        if (party == null) {
            FacesMessages.error(null, "consent.party.unknown");
            return;
        }
        if (section.run(() -> records.override(id, party, scope, legalGround), "consent.overridden")) {
            legalGround = null;
        }
    }

    public ConsentScope[] getScopes() {
        return ConsentScope.values();
    }

    public Long getOverrideParty() {
        return party;
    }

    public void setOverrideParty(Long party) {
        this.party = party;
    }

    public ConsentScope getOverrideScope() {
        return scope;
    }

    public void setOverrideScope(ConsentScope scope) {
        this.scope = scope;
    }

    public String getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(String legalGround) {
        this.legalGround = legalGround;
    }
}
