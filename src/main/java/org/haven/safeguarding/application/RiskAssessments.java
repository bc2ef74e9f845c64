package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.Assessed;
import org.haven.cases.application.CaseGate.CaseFacts;
import org.haven.cases.domain.EventKind;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.Role;
import org.haven.safeguarding.domain.AssessmentRepository;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskAssessment;
import org.haven.safeguarding.domain.RiskLowering;
import org.haven.safeguarding.domain.RiskScore;
import org.haven.safeguarding.domain.RiskScoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Risk assessments of a case: each one is kept, the latest sets the case's risk level and danger answers (which
 * re-sorts the dashboards and re-runs the protocol's escalation rules). An urgent level (high or immediate) takes
 * the {@link UrgentPath}.
 */
@ApplicationScoped
public class RiskAssessments {

    /** The rule id under which an urgent assessment asks for a decision when the protocol did not. */
    public static final String URGENT_RULE = "urgent-risk";

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    UrgentPath urgent;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public RiskAssessment assess(long caseId, RiskAnswers answers, String note) {
        return assess(caseId, answers, note, null);
    }

    /**
     * Records an assessment. One that lowers the case's danger (its level, or a danger answer the case holds, the
     * pupil's own answers included) is refused unless a head of school gives the reason, which is kept with it.
     */
    @Transactional
    public RiskAssessment assess(long caseId, RiskAnswers answers, String note, String loweringReason) {
        CaseGate.CaseRef ref = cases.workable(caseId);
        List<FieldError> errors = new ArrayList<>();
        if (answers == null) {
            throw Invalid.of("answers", "risk.answers.required");
        }
        if (answers.duration() == null) {
            errors.add(new FieldError("duration", "risk.duration.required"));
        }
        if (answers.frequency() == null) {
            errors.add(new FieldError("frequency", "risk.frequency.required"));
        }
        String cleanNote = Texts.check("note", note, false, Texts.LONG, errors);
        String reason = Texts.check("loweringReason", loweringReason, false, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        CaseFacts facts = cases.facts(caseId);
        RiskScore score = RiskScoring.score(answers, facts.category());
        RiskLowering lowering = RiskLowering.of(facts.riskLevel(), dangerOf(facts.riskTags()), score.level(),
                answers.dangerTags());
        if (lowering.lowers()) {
            checkLowering(reason);
        }
        RiskAssessment assessment = new RiskAssessment(caseId, answers, score, cleanNote, actor.require().accountId(),
                clock.instant());
        if (lowering.lowers()) {
            assessment.lowered(facts.riskLevel(), reason);
        }
        repository.add(assessment);
        Assessed assessed = cases.assessRisk(caseId, score.level(), answers.dangerTags());
        cases.record(caseId, EventKind.RISK_ASSESSED, score.level().name(), score.reasonCodes(), false, false);
        if (score.level().isUrgent()) {
            urgent.take(caseId, assessed);
        }
        audit.record(actor.get().did("RISK_ASSESSED", "case", caseId, ref.schoolId(), score.level() + " "
                + score.reasonCodes()));
        if (lowering.lowers()) {
            audit.record(actor.get().did("RISK_LOWERED", "case", caseId, ref.schoolId(), lowering.from() + " -> "
                    + lowering.to() + (lowering.droppedAnswers().isEmpty() ? ""
                    : ", answers dropped " + String.join(",", lowering.droppedAnswers()))));
        }
        return assessment;
    }

    /** Only a head of school lowers danger, and never without a reason. */
    private void checkLowering(String reason) {
        if (!actor.require().hasRole(Role.Names.HEAD_OF_SCHOOL)) {
            throw Invalid.of("loweringReason", "risk.lower.headOnly");
        }
        if (reason == null) {
            throw Invalid.of("loweringReason", "risk.lower.reasonRequired");
        }
    }

    private static Set<String> dangerOf(java.util.Collection<String> tags) {
        Set<String> danger = new RiskAnswers(true, true, true, true, true, true, null, null, false, false)
                .dangerTags();
        return tags.stream().filter(danger::contains).collect(Collectors.toSet());
    }

    /** The assessments of a case, newest first (the first one is in force). */
    @Transactional
    public List<RiskAssessment> history(long caseId) {
        cases.readable(caseId);
        return repository.assessments(caseId);
    }
}
