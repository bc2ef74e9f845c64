package org.haven.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What is due or awaited across cases: the batches the deadline sweeps work through, and the work queue's lines. */
public interface CaseAgenda {

    /** Due steps of active cases whose next overdue rung is due at the instant. */
    List<CaseStep> overdueSteps(Instant now, int limit);

    /** Decisions asked by an escalation, not recorded, due before the instant, not yet reminded or due again. */
    List<CaseEscalation> lateDecisions(Instant now, int limit);

    /** Follow-up check-ins due on or before the day, not recorded, not yet reminded. */
    List<CaseFollowUp> dueFollowUps(LocalDate day, int limit);

    /** Active cases sorted as on time whose earliest due step is now late: their dashboard place must change. */
    List<CaseFile> newlyLate(Instant now, int limit);

    /**
     * Active cases of these schools with a step due, soonest next deadline first, at most limit: served by the
     * dashboard's index (school, attention, next due), never by reading the schools' steps.
     */
    List<CaseFile> nextDueInSchools(java.util.Set<Long> schoolIds, int limit);

    /** Active incidents this account filed with a step due, soonest next deadline first (index on the filer). */
    List<CaseFile> nextDueFiledBy(long accountId, int limit);

    /** How many active cases of these schools have a step due, and how many of them are late at now (index only). */
    long[] nextDueCounts(java.util.Set<Long> schoolIds, Instant now);

    /** Decisions escalations await in the current opening of active cases in scope, most urgent first. */
    List<QueueEntry> awaitedDecisionsInScope(CaseScope scope, int limit);

    long awaitedDecisionCount(CaseScope scope);

    /** Active cases of these schools with nothing left due: whether to close is to be decided; oldest first. */
    List<QueueEntry> nothingDueInSchools(java.util.Set<Long> schoolIds, int limit);

    long nothingDueCount(java.util.Set<Long> schoolIds);
}
