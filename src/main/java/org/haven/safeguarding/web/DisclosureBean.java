package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.RecipientKind;

import java.io.Serial;
import java.io.Serializable;

/**
 * The form of the case page's consent section that records a disclosure: who was told what and why, about which
 * pupil if any (form "disclose"); the consent rules decide whether it may be recorded.
 */
@Named("disclosureForm")
@ViewScoped
public class DisclosureBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CaseConsentBean section;

    @Inject
    ConsentRecords records;

    private Long party;
    private RecipientKind recipientKind;
    private String recipient;
    private String what;
    private String why;

    public void disclose(long id) {
        if (section.run(() -> records.disclose(id, party, recipientKind, recipient, what, why),
                "disclosure.recorded")) {
            recipient = null;
            what = null;
            why = null;
        }
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public Long getDiscloseParty() {
        return party;
    }

    public void setDiscloseParty(Long party) {
        this.party = party;
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
