package org.haven.safeguarding.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews.ReferralDetail;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.ReferralDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.function.LongConsumer;

/**
 * One referral (/staff/referral.xhtml?id=N): what it holds, the override of the pupil's wishes with its legal
 * ground (recorded here when consent is missing to send it), its transitions and documents. Its draft's content is
 * edited through {@link ReferralEditBean}, its lifecycle moved through {@link ReferralMoveBean}.
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

    @Inject
    ReferralEditBean edit;

    private String id;
    private Long referralId;
    private transient ReferralDetail detail;
    private String legalGround;

    public void load() {
        referralId = id == null || !id.matches("[0-9]{1,18}") ? null : Long.valueOf(id);
        if (getDetail() == null) {
            referralId = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        edit.prefill(detail);
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

    public void override() {
        act(id -> consent.override(detail.caseId(), detail.partyId(), ConsentScope.OUTSIDE, legalGround),
                "override:", "referral.override.recorded");
        legalGround = null;
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

    /** Runs a form's action on this referral: its errors on the form's fields; the referral is read again after. */
    void act(LongConsumer action, String formPrefix, String doneKey) {
        if (referralId == null || getDetail() == null) {
            return;
        }
        try {
            action.accept(referralId);
            FacesMessages.info(doneKey);
        } catch (Refusal e) {
            FacesMessages.show(e, formPrefix);
        }
        detail = null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(String legalGround) {
        this.legalGround = legalGround;
    }
}
