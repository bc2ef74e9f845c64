package org.haven.safeguarding.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.application.ReferralDraft;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews.ReferralDetail;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.ReferralStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * One referral (/staff/referral.xhtml?id=N): its content while a draft, sending it (with the pupil's consent or an
 * override with its legal ground, recorded here when missing), its lifecycle, transitions and documents.
 */
@Named("referralBean")
@ViewScoped
public class ReferralBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingQueries queries;

    @Inject
    Referrals referrals;

    @Inject
    ConsentRecords consent;

    private String id;
    private Long referralId;
    private transient ReferralDetail detail;
    private Long partyId;
    private Long bodyId;
    private String recipient;
    private String reason;
    private String shared;
    private String legalGround;
    private String note;
    private String externalRef;

    public void load() {
        referralId = id == null || !id.matches("[0-9]{1,18}") ? null : Long.valueOf(id);
        if (getDetail() == null) {
            referralId = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        partyId = detail.partyId();
        bodyId = detail.bodyId();
        recipient = detail.recipient();
        reason = detail.reason();
        shared = detail.shared();
    }

    public ReferralDetail getDetail() {
        if (detail == null && referralId != null) {
            try {
                detail = queries.referral(referralId);
            } catch (Refusal e) {
                referralId = null;
            }
        }
        return detail;
    }

    public void save() {
        act(() -> referrals.edit(referralId, draft()), "edit:", "referral.saved");
    }

    public void send() {
        act(() -> {
            referrals.edit(referralId, draft());
            referrals.send(referralId, locale());
        }, "edit:", "referral.sent");
    }

    public void override() {
        act(() -> consent.override(detail.caseId(), detail.partyId(), ConsentScope.OUTSIDE, legalGround),
                "override:", "referral.override.recorded");
        legalGround = null;
    }

    public void move(String to) {
        act(() -> referrals.move(referralId, ReferralStatus.valueOf(to), note, externalRef), "move:",
                "referral.moved");
        note = null;
        externalRef = null;
    }

    public void download(long documentId) throws IOException {
        ReferralDocument d = referrals.document(referralId, documentId);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(d.contentType());
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        byte[] bytes = d.content();
        ext.setResponseContentLength(bytes.length);
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    private ReferralDraft draft() {
        return new ReferralDraft(detail.kind(), partyId, bodyId, recipient, reason, shared);
    }

    private void act(Runnable action, String formPrefix, String doneKey) {
        if (referralId == null || getDetail() == null) {
            return;
        }
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (Refusal e) {
            FacesMessages.show(e, formPrefix);
        }
        detail = null;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(String legalGround) {
        this.legalGround = legalGround;
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
