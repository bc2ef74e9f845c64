package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.RiskAssessments;
import org.haven.safeguarding.application.SafeguardingViews.Overview;
import org.haven.safeguarding.domain.RiskAssessment;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The risk assessment form of a case's safeguarding section (riskForm): answers prefilled from the assessment in
 * force, or from the danger the case holds before any.
 */
@Named("riskBean")
@ViewScoped
public class RiskAssessmentBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingBean section;

    @Inject
    RiskAssessments risk;

    private final RiskForm answers = new RiskForm();

    void prefill(Overview overview) {
        if (overview.latest() != null) {
            answers.from(overview.latest().answers());
        } else {
            answers.tick(overview.riskTags());
        }
    }

    public void assess() {
        section.act(() -> {
            RiskAssessment a = risk.assess(section.caseId(), answers.toAnswers(), answers.getNote(),
                    answers.getLoweringReason());
            FacesMessages.info("risk.assessed", Messages.text(FacesContext.getCurrentInstance().getViewRoot()
                    .getLocale(), "case.risk." + a.level()));
        }, "riskForm:");
    }

    public RiskForm getAnswers() {
        return answers;
    }

    public List<String> getDurations() {
        return Arrays.stream(RiskDuration.values()).map(Enum::name).toList();
    }

    public List<String> getFrequencies() {
        return Arrays.stream(RiskFrequency.values()).map(Enum::name).toList();
    }
}
