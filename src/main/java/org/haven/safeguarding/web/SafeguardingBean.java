package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews.Overview;

import java.io.Serial;
import java.io.Serializable;

/**
 * The safeguarding section of a case page (WEB-INF/includes/case-safeguarding.xhtml): what it shows (risk
 * assessment and its history, the urgent decision, referrals, the support plan), loaded once and again after each
 * action. The page gives the case id through {@link #of}; each form of the section has its own bean (risk, urgent
 * decision, referral draft, support plan, check-in), which acts through {@link #act}.
 */
@Named("safeguardingBean")
@ViewScoped
public class SafeguardingBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingQueries queries;

    @Inject
    RiskAssessmentBean risk;

    @Inject
    UrgentDecisionBean urgent;

    @Inject
    ReferralDraftBean referral;

    @Inject
    SupportPlanBean support;

    private Long caseId;
    private transient Overview overview;
    private boolean refused;
    private boolean prefilled;

    /**
     * The section of this case (loaded once per request), or null when it may not be shown: out of the reader's
     * scope (nothing said), or refused for another reason (its own message shown).
     */
    public Overview of(long id) {
        if (caseId == null || caseId != id) {
            caseId = id;
            overview = null;
            refused = false;
            prefilled = false;
        }
        if (overview == null && !refused) {
            try {
                overview = queries.overview(id);
            } catch (Refusal e) {
                refused = true;
                if (!(e instanceof NotFound)) {
                    FacesMessages.show(e, "");
                }
                return null;
            }
            prefill();
        }
        return overview;
    }

    /** Runs a form's action on this case: its errors on the form's fields; the section is read again after. */
    void act(Runnable action, String formPrefix) {
        if (caseId == null) {
            return;
        }
        try {
            action.run();
        } catch (Refusal e) {
            FacesMessages.show(e, formPrefix);
        }
        overview = null;
        refused = false;
    }

    Long caseId() {
        return caseId;
    }

    private void prefill() {
        if (prefilled) {
            return;
        }
        prefilled = true;
        risk.prefill(overview);
        urgent.prefill();
        referral.prefill(overview);
        support.prefill(overview);
    }
}
