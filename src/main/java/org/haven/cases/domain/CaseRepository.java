package org.haven.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of cases and what belongs to them. Every read of a case by a person goes through a scope. */
public interface CaseRepository {

    CaseFile add(CaseFile c);

    <T> T add(T partOfCase);

    Optional<CaseFile> inScope(long caseId, CaseScope scope);

    /** For the system's own work (deadline sweeps), never for a person's request. */
    Optional<CaseFile> byId(long caseId);

    Optional<CaseFile> byReport(long reportId);

    long count();

    /** Every attachment of the case, live and detached, oldest first. */
    List<AttachedReport> attachments(long caseId);

    /** The live attachment of a report, to whichever case. */
    Optional<AttachedReport> liveAttachment(long reportId);

    /** The cases these reports belong to (opened from them or attached live): report id to case. */
    java.util.Map<Long, CaseFile> casesOfReports(Collection<Long> reportIds);

    /**
     * The alleged-author parties of other cases that are the same people as these: the same roster pupil, or the
     * same name typed (a handle), compared without case.
     */
    List<CaseParty> sameAuthorsElsewhere(long caseId, Collection<Long> personIds, Collection<String> lowerNames);

    /** Handovers made by these schools, newest first (the old schools' read-only records). */
    List<CaseHandover> handoversFrom(Collection<Long> schoolIds, int limit);

    /** One handover made by one of these schools, or nothing: the scope is in the query. */
    Optional<CaseHandover> handoverFrom(long id, Collection<Long> schoolIds);

    /** How many alleged authors (roster pupils, or names typed) appear in more than one case of the district. */
    long repeatAuthorCount();

    /** Alleged authors in two cases or more among these schools' cases opened in [from, to), not anonymised. */
    long repeatAuthorCount(java.util.Collection<Long> schoolIds, Instant from, Instant to);

    /** Cases closed before the instant (their evidence's retention period is over), oldest first. */
    List<CaseFile> closedBefore(Instant limit, int max);

    /** One dashboard page in (attention, next due, id) order, after the cursor; limit + 1 rows to tell more. */
    List<CaseFile> page(CaseScope scope, CaseFilter filter, CaseCursor after, int limit);

    List<CaseParty> parties(long caseId);

    /** The parties, in every case, that are these roster people (the parent portal's scope). */
    List<CaseParty> partiesOfPeople(Collection<Long> personIds);

    List<CaseStep> steps(long caseId);

    /** The due steps of these cases, in one query (the dashboard's "next step" column for a whole page). */
    List<CaseStep> dueSteps(Collection<Long> caseIds);

    List<CaseEvent> events(long caseId, Collection<EventKind> kinds);

    List<CaseEscalation> escalations(long caseId);

    List<CaseFollowUp> followUps(long caseId);

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

    /** These cases, whoever asks: for naming records a person was already told about (notifications). */
    List<CaseFile> byIds(Collection<Long> ids);
}
