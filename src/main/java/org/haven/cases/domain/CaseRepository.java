package org.haven.cases.domain;

import java.time.Instant;
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

    /** Cases closed before the instant (their evidence's retention period is over), oldest first. */
    List<CaseFile> closedBefore(Instant limit, int max);

    List<CaseParty> parties(long caseId);

    /** The parties, in every case, that are these roster people (the parent portal's scope). */
    List<CaseParty> partiesOfPeople(Collection<Long> personIds);

    List<CaseStep> steps(long caseId);

    /** The due steps of these cases, in one query (the dashboard's "next step" column for a whole page). */
    List<CaseStep> dueSteps(Collection<Long> caseIds);

    List<CaseEvent> events(long caseId, Collection<EventKind> kinds);

    List<CaseEscalation> escalations(long caseId);

    List<CaseFollowUp> followUps(long caseId);

    /** These cases, whoever asks: for naming records a person was already told about (notifications). */
    List<CaseFile> byIds(Collection<Long> ids);
}
