package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.domain.PartyRole;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.ReferralDraft;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews;
import org.haven.safeguarding.application.SafeguardingViews.Overview;
import org.haven.safeguarding.domain.ReferralKind;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The form that drafts a referral from a case's safeguarding section (referralForm): its kind, the pupil (the
 * target by default) and the body; the draft opens on the referral's own page.
 */
@Named("referralDraftBean")
@ViewScoped
public class ReferralDraftBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingBean section;

    @Inject
    Referrals referrals;

    @Inject
    SafeguardingQueries queries;

    private String kind;
    private Long party;
    private Long body;

    void prefill(Overview overview) {
        party = overview.parties().stream().filter(p -> p.part() == PartyRole.TARGET).findFirst()
                .map(SafeguardingViews.Party::id).orElse(null);
    }

    public void draftReferral() throws IOException {
        Long[] made = new Long[1];
        section.act(() -> {
            ReferralKind k = kind == null || kind.isBlank() ? null : ReferralKind.valueOf(kind);
            made[0] = referrals.draft(section.caseId(), new ReferralDraft(k, party, body, null, null, null)).id();
        }, "referralForm:");
        if (made[0] != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("referral.drafted");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/staff/referral.xhtml?id=" + made[0]);
        }
    }

    public List<String> getKinds() {
        return Arrays.stream(ReferralKind.values()).map(Enum::name).toList();
    }

    public List<SafeguardingViews.Body> getBodies() {
        return queries.activeBodies();
    }

    public String getReferralKind() {
        return kind;
    }

    public void setReferralKind(String kind) {
        this.kind = kind;
    }

    public Long getReferralParty() {
        return party;
    }

    public void setReferralParty(Long party) {
        this.party = party;
    }

    public Long getReferralBody() {
        return body;
    }

    public void setReferralBody(Long body) {
        this.body = body;
    }
}
