package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.application.CaseActs.Act;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.IncidentRules;
import org.haven.insight.application.InsightCounts;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.haven.cases.application.CaseActs.blankToNull;

/**
 * The end of a case's cycle and what follows: closing with the protocol's conditions and a summary, the follow-up
 * check-ins it plans, and reopening when harassment recurs. Each writes its timeline and audit entries.
 */
@ApplicationScoped
public class CaseClosing {

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
    SchoolCalendars calendars;

    @Inject
    InsightCounts insight;

    /** What still stops the case from closing: steps the protocol requires, and decisions still awaited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> closingBlockers(CaseFile c) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        Set<String> finished = cases.steps(c.id()).stream().filter(s -> s.status().isFinished())
                .map(CaseStep::stepId).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(protocol.closing().requiredSteps().stream()
                .filter(s -> !finished.contains(s)).toList());
        cases.escalations(c.id()).stream().filter(e -> e.cycle() == c.cycle() && e.awaitsDecision())
                .forEach(e -> missing.add("decision:" + e.ruleId()));
        return missing;
    }

    @Transactional
    public void close(long caseId, String summary) {
        CaseFile c = acts.active(caseId);
        access.require(access.mayClose(c));
        ProtocolDefinition protocol = engine.protocolOf(c);
        List<String> blockers = closingBlockers(c);
        CaseActs.check(blockers.isEmpty() ? null : new FieldError("close", "case.close.blocked", blockers.size()),
                IncidentRules.checkText("summary", summary, protocol.closing().summaryRequired()));
        Act a = acts.begin(c);
        cases.add(c.close(blankToNull(summary), a.by(), a.at()));
        LocalDate today = a.at().atZone(calendars.zone()).toLocalDate();
        for (FollowUp f : protocol.followUp()) {
            cases.add(new CaseFollowUp(c.id(), c.cycle(), f.from(today), f.toString()));
        }
        acts.record(a, EventKind.CLOSED, null, blankToNull(summary), true, true);
        engine.reschedule(c, a.at());
        acts.audit(a, "CASE_CLOSED", null);
    }

    /** Harassment recurred: the case opens again with its history, and the protocol's steps are due anew. */
    @Transactional
    public void reopen(long caseId, String reason) {
        CaseFile c = acts.load(caseId, access::works);
        if (c.status() != CaseStatus.CLOSED) {
            throw Invalid.of("reopen", "case.reopen.notClosed");
        }
        CaseActs.check(IncidentRules.checkText("reason", reason, true));
        Act a = acts.begin(c);
        cases.add(c.reopen(a.by(), a.at()));
        ProtocolDefinition protocol = engine.protocolOf(c);
        for (CaseStep step : cases.steps(c.id())) {
            StepDefinition d = protocol.step(step.stepId()).orElse(null);
            if (d != null && d.after().isEmpty()) {
                step.reopen(engine.due(a.at(), d.due()));
                engine.planRung(protocol, step);
            } else {
                step.resetToWaiting();
            }
        }
        acts.record(a, EventKind.REOPENED, null, reason.strip(), true, true);
        escalations.escalate(c, a.at());
        insight.caseReopened(c.schoolId(), c.category(), a.at());
        acts.audit(a, "CASE_REOPENED", null);
    }

    @Transactional
    public void recordFollowUp(long caseId, long followUpId, String note) {
        CaseFile c = acts.load(caseId, access::works);
        CaseFollowUp followUp = cases.followUps(c.id()).stream()
                .filter(f -> f.id() == followUpId && f.doneAt() == null).findFirst()
                .orElseThrow(() -> Invalid.of("followUp", "case.followUp.notOpen"));
        CaseActs.check(IncidentRules.checkText("note", note, true));
        Act a = acts.begin(c);
        followUp.record(a.by(), note.strip(), a.at());
        acts.record(a, EventKind.FOLLOW_UP_DONE, followUp.label(), note.strip(), false, false);
        acts.audit(a, "CASE_FOLLOW_UP_RECORDED", followUp.label());
    }
}
