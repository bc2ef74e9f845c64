package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.application.CaseActs.Act;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.IncidentRules;
import org.haven.insight.application.InsightCounts;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.haven.cases.application.CaseActs.blankToNull;

/**
 * The protocol work on an open case: completing a step with its form, skipping one with a reason, recording the
 * decision an escalation asked for, adding a party. Closing and reopening are {@link CaseClosing}'s.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    CaseAccess access;

    @Inject
    CaseActs acts;

    @Inject
    CaseParties partyNames;

    @Inject
    InsightCounts insight;

    @Inject
    StepChecks steps;

    @Transactional
    public void completeStep(long caseId, String stepId, Map<String, String> values, String note) {
        CaseFile c = acts.active(caseId);
        ProtocolDefinition protocol = engine.protocolOf(c);
        StepDefinition step = StepChecks.stepOf(protocol, stepId);
        access.require(access.mayDoStep(c, step.owner()));
        CaseStep row = steps.dueStep(c, stepId);
        steps.requireTraining(protocol, step);
        Map<String, String> cleaned = StepForms.cleaned(values);
        CaseActs.check(StepForms.errors(protocol, step, cleaned, note));
        Act a = acts.begin(c);
        row.complete(a.by(), FormValues.toJson(cleaned), blankToNull(note), a.at());
        stepFinished(a, row, StepKinds.eventOf(step.kind()), FormValues.withNote(cleaned, blankToNull(note)),
                step.parentVisible(), step.pupilVisible());
        acts.audit(a, "CASE_STEP_COMPLETED", stepId);
    }

    @Transactional
    public void skipStep(long caseId, String stepId, String reason) {
        CaseFile c = acts.active(caseId);
        ProtocolDefinition protocol = engine.protocolOf(c);
        StepDefinition step = StepChecks.stepOf(protocol, stepId);
        access.require(access.mayDoStep(c, step.owner()));
        CaseStep row = steps.dueStep(c, stepId);
        steps.requireTraining(protocol, step);
        if (!step.skippable()) {
            throw Invalid.of("step", "case.step.notSkippable");
        }
        CaseActs.check(IncidentRules.checkText("reason", reason, true));
        Act a = acts.begin(c);
        row.skip(a.by(), reason.strip(), a.at());
        stepFinished(a, row, EventKind.STEP_SKIPPED, reason.strip(), false, false);
        acts.audit(a, "CASE_STEP_SKIPPED", stepId);
    }

    /** Records the decision an escalation asked for: who was called, when, and the result. */
    @Transactional
    public void recordDecision(long caseId, long escalationId, String decision) {
        CaseFile c = acts.load(caseId, access::mayDecide);
        CaseEscalation escalation = cases.escalations(c.id()).stream()
                .filter(e -> e.id() == escalationId && e.awaitsDecision()).findFirst()
                .orElseThrow(() -> Invalid.of("escalation", "case.decision.notAwaited"));
        CaseActs.check(IncidentRules.checkText("decision", decision, true));
        Act a = acts.begin(c);
        escalation.decide(a.by(), decision.strip(), a.at());
        acts.record(a, EventKind.DECISION_RECORDED, escalation.ruleId(), decision.strip(), false, false);
        engine.reschedule(c, a.at());
        acts.audit(a, "CASE_DECISION_RECORDED", escalation.ruleId());
    }

    @Transactional
    public void addParty(long caseId, PartyInput input) {
        CaseFile c = acts.load(caseId, access::works);
        List<FieldError> errors = new ArrayList<>();
        List<CaseParty> resolved = partyNames.resolve(c.schoolId(), List.of(input), errors);
        CaseActs.check(errors);
        for (CaseParty p : resolved) {
            boolean present = cases.parties(c.id()).stream().anyMatch(q -> q.part() == p.part()
                    && (Objects.equals(q.personId(), p.personId()) && p.personId() != null
                    || p.personId() == null && q.displayName().equalsIgnoreCase(p.displayName())));
            if (!present) {
                cases.add(CaseParty.addedLater(c.id(), p.personId(), p.displayName(), p.className(), p.part()));
                acts.audit(c, "CASE_PARTY_ADDED", p.part().name());
            }
        }
    }

    /** A step is done or skipped: the case is in its protocol, the next steps come due, rules may fire. */
    private void stepFinished(Act a, CaseStep row, EventKind kind, String detail, boolean parentVisible,
                              boolean pupilVisible) {
        CaseFile c = a.c();
        insight.stepFinished(c.schoolId(), c.category(), row.dueAt(), a.at());
        c.enterProtocol(a.by(), a.at()).ifPresent(cases::add);
        acts.record(a, kind, row.stepId(), detail, parentVisible, pupilVisible);
        engine.advance(c, a.at());
        escalations.escalate(c, a.at());
    }
}
