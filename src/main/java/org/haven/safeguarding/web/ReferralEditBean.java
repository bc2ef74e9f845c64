package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.safeguarding.application.ReferralDraft;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.SafeguardingViews.ReferralDetail;

import java.io.Serial;
import java.io.Serializable;

/**
 * The content of a draft referral on its page (form "edit"): the pupil, the body or another recipient, why it is
 * made and what is shared; saved as it is, or saved and sent.
 */
@Named("referralEdit")
@ViewScoped
public class ReferralEditBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReferralBean page;

    @Inject
    Referrals referrals;

    private Long partyId;
    private Long bodyId;
    private String recipient;
    private String reason;
    private String shared;

    void prefill(ReferralDetail detail) {
        partyId = detail.partyId();
        bodyId = detail.bodyId();
        recipient = detail.recipient();
        reason = detail.reason();
        shared = detail.shared();
    }

    public void save() {
        page.act(id -> referrals.edit(id, draft(page.getDetail())), "edit:", "referral.saved");
    }

    public void send() {
        page.act(id -> {
            referrals.edit(id, draft(page.getDetail()));
            referrals.send(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }, "edit:", "referral.sent");
    }

    private ReferralDraft draft(ReferralDetail detail) {
        return new ReferralDraft(detail.kind(), partyId, bodyId, recipient, reason, shared);
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getShared() {
        return shared;
    }

    public void setShared(String shared) {
        this.shared = shared;
    }
}
