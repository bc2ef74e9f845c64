package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.domain.ReferralStatus;

import java.io.Serial;
import java.io.Serializable;

/** The next moves of a sent referral on its page (form "move"), with the body's reference and a note. */
@Named("referralMove")
@ViewScoped
public class ReferralMoveBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReferralBean page;

    @Inject
    Referrals referrals;

    private String note;
    private String externalRef;

    public void move(String to) {
        page.act(id -> referrals.move(id, ReferralStatus.valueOf(to), note, externalRef), "move:",
                "referral.moved");
        note = null;
        externalRef = null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }
}
