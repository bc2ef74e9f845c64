package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseAgenda;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.QueueEntry;
import org.haven.directory.application.SchoolAdministration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the cases ask of the signed-in staff member now (issue 23, the staff home's work queue): the cases whose next
 * step is due soonest (late ones first by nature), decisions escalations await, cases with nothing left due whose
 * closing is to be decided. The record scope is in
 * each query (the dashboard's {@link CaseScope}); each kind is one list query and one count, never one per row.
 * Reading the queue is audited once, as a list of cases is.
 */
@ApplicationScoped
public class CaseQueue {

    /** Lines shown per kind; the counts say how many there are in all. */
    public static final int LINES = 15;

    /** Incidents a reader only filed read for their due steps, before keeping the steps of their role. */
    static final int FILED_MAX = 200;

    /** What the line asks for: a step to do, a decision to record, a closing to decide. */
    public enum Kind { STEP, DECISION, CLOSING }

    /** One line: the case (number, school), what is asked in the reader's language, by when (null: no time). */
    public record Line(Kind kind, long caseId, String number, String schoolName, String subject, Instant dueAt,
                       boolean overdue, boolean urgent, boolean yours) {
    }

    public record Queue(List<Line> steps, long stepCount, long overdueCount, List<Line> decisions, long decisionCount,
                        List<Line> closings, long closingCount) {

        public boolean isEmpty() {
            return stepCount == 0 && decisionCount == 0 && closingCount == 0;
        }
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseAgenda agenda;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Queue mine(Locale locale) {
        CaseScope scope = access.scope();
        Instant now = clock.instant();
        QueueLines lines = new QueueLines(engine, access, schools, now, locale);
        // The schools worked: every due step. The incidents only filed: the steps the reader's role owns, nothing
        // else (issue 14: a filer follows the progress, not the school team's work), few enough to filter here.
        CaseScope worked = scope.workedOnly();
        List<CaseFile> filedCases = agenda.nextDueFiledBy(scope.accountId(), FILED_MAX).stream()
                .filter(c -> !scope.works(c)).toList();
        List<Line> filed = cases.dueSteps(filedCases.stream().map(CaseFile::id).toList()).stream()
                .filter(st -> st.dueAt() != null)
                .map(st -> lines.step(new QueueEntry(filedCases.stream().filter(c -> c.id().equals(st.caseId()))
                        .findFirst().orElseThrow(), st, null)))
                .filter(java.util.Objects::nonNull).toList();
        List<Line> steps = java.util.stream.Stream.concat(nextSteps(scope.fullSchools()).stream()
                        .map(lines::step), filed.stream())
                .sorted(java.util.Comparator.comparing(Line::dueAt)).limit(LINES).toList();
        long[] stepCounts = agenda.nextDueCounts(scope.fullSchools(), now);
        long stepCount = stepCounts[0] + filed.size();
        long overdueCount = stepCounts[1] + filed.stream().filter(Line::overdue).count();
        // Decisions are the school team's (CaseAccess.mayDecide): never shown to a filer who does not work the case.
        List<Line> decisions = agenda.awaitedDecisionsInScope(worked, LINES).stream()
                .map(lines::decision).toList();
        // Closing is the head's decision (CaseAccess.mayClose): only the schools where the reader is the head.
        java.util.Set<Long> headOf = actor.require().schoolsWhere(org.haven.platform.security.Role.Names.HEAD_OF_SCHOOL);
        List<Line> closings = agenda.nothingDueInSchools(headOf, LINES).stream()
                .map(e -> lines.line(Kind.CLOSING, e.caseFile(), null, null, false, true)).toList();
        long closingCount = agenda.nothingDueCount(headOf);
        Queue queue = new Queue(steps, stepCount, overdueCount, decisions, agenda.awaitedDecisionCount(worked),
                closings, closingCount);
        audit.record(actor.get().did("CASE_LIST_VIEWED", "case", null, null, "work queue: "
                + (steps.size() + decisions.size() + closings.size()) + " rows"));
        return queue;
    }

    /**
     * The cases of the schools worked whose next deadline is soonest, each with its earliest due step: one line per
     * case (its next step), read through the dashboard's index and then the steps of those few cases at once.
     */
    private List<QueueEntry> nextSteps(java.util.Set<Long> schoolIds) {
        List<CaseFile> soonest = agenda.nextDueInSchools(schoolIds, LINES);
        Map<Long, org.haven.cases.domain.CaseStep> earliest = new HashMap<>();
        for (var step : cases.dueSteps(soonest.stream().map(CaseFile::id).toList())) {
            if (step.dueAt() != null) {
                earliest.merge(step.caseId(), step, (a, b) -> a.dueAt().compareTo(b.dueAt()) <= 0 ? a : b);
            }
        }
        return soonest.stream().filter(c -> earliest.containsKey(c.id()))
                .map(c -> new QueueEntry(c, earliest.get(c.id()), null)).toList();
    }
}
