package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.cases.domain.CaseAgenda;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.platform.security.Role;
import org.haven.protocol.application.SchoolCalendars;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clock's side of the protocol: late steps climb their overdue ladder (remind the owner, then the head, then
 * the district lead, as the protocol says), rules on overdue facts fire, late urgent decisions are escalated again,
 * follow-up check-ins that fall due are announced, and late cases move up the dashboards; then {@link CasesSwept}
 * lets other features (safeguarding's referral deadlines) do their part in the same transaction. Run every minute by
 * {@link CaseDeadlineTimer}; takes the instant as an argument so that tests can run it at any time.
 */
@ApplicationScoped
public class CaseDeadlines {

    static final int BATCH = 500;
    static final Duration MIN_AGAIN = Duration.ofHours(1);

    @Inject
    Event<CasesSwept> swept;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAgenda agenda;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    SchoolCalendars calendars;

    @Inject
    AuditLog audit;

    /** Returns how many cases it changed. */
    @Transactional
    public int sweep(Instant now) {
        Map<Long, CaseFile> touched = new LinkedHashMap<>();
        for (CaseStep step : agenda.overdueSteps(now, BATCH)) {
            CaseFile c = cases.byId(step.caseId()).orElseThrow();
            escalations.climbOverdue(c, step, now);
            touched.put(c.id(), c);
        }
        for (CaseEscalation late : agenda.lateDecisions(now, BATCH)) {
            CaseFile c = cases.byId(late.caseId()).orElseThrow();
            late.escalatedAgain(now.plus(againAfter(late)));
            engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_DECISION_LATE", true);
            engine.notifyRole(c, Role.DISTRICT_LEAD, "CASE_DECISION_LATE", true);
            engine.record(c, org.haven.cases.domain.EventKind.ESCALATION, null, CaseEngine.SYSTEM, late.ruleId(),
                    late.reminders() == 1 ? "decision late" : "decision still late (" + late.reminders() + ")",
                    false, false, now);
            audit.record(Actor.SYSTEM.did("CASE_DECISION_LATE", "case", c.id(), c.schoolId(), late.ruleId()
                    + " #" + late.reminders()));
            touched.put(c.id(), c);
        }
        for (CaseFollowUp followUp : agenda.dueFollowUps(now.atZone(calendars.zone()).toLocalDate(), BATCH)) {
            CaseFile c = cases.byId(followUp.caseId()).orElseThrow();
            followUp.markReminded();
            engine.notifyRole(c, Role.REFERENT, "CASE_FOLLOW_UP_DUE", false);
        }
        for (CaseFile c : agenda.newlyLate(now, BATCH)) {
            touched.put(c.id(), c);
        }
        for (CaseFile c : touched.values()) {
            escalations.escalate(c, now);
        }
        swept.fire(new CasesSwept(now));
        return touched.size();
    }

    /**
     * A decision still missing is escalated again, to the head and the district lead, every time its first window
     * passes once more (the time the protocol gave to decide, at least an hour), until it is recorded.
     */
    static Duration againAfter(CaseEscalation late) {
        Duration window = late.firedAt() == null || late.decisionDueAt() == null ? Duration.ZERO
                : Duration.between(late.firedAt(), late.decisionDueAt());
        return window.compareTo(MIN_AGAIN) < 0 ? MIN_AGAIN : window;
    }
}
