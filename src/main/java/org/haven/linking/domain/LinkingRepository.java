package org.haven.linking.domain;

import java.util.Collection;
import java.util.List;

/** Storage of report signals and dismissed suggestions. */
public interface LinkingRepository {

    void add(ReportSignal signal);

    void add(RelatedDismissal dismissal);

    /** The signals of these reports. */
    List<ReportSignal> signalsOf(Collection<Long> reportIds);

    /**
     * The signals of other reports equal to one of these, of these schools (every school when null): one indexed
     * lookup per kind, at most {@code limit} rows.
     */
    List<ReportSignal> sharing(Collection<Signal> signals, Collection<Long> notReports, Collection<Long> schools,
                               int limit);

    /** Two reports of different schools sharing a strong signal; {@code newer} received since the limit. */
    record CrossMatch(long olderId, long olderSchool, long newerId, long newerSchool, Signal signal) {
    }

    /**
     * Pairs of reports of different schools that share a handle, phone number or address, the newer received since
     * the instant, newest first: driven by the recent signals, each joined on the indexed value.
     */
    List<CrossMatch> acrossSchools(java.time.Instant since, int limit);

    /** The reports dismissed as unrelated to one of these. */
    List<Long> dismissedWith(Collection<Long> reportIds);

    boolean dismissed(long a, long b);

    /**
     * Locks the backfill's progress row ({@code SKIP LOCKED}: null when another transaction holds it) and answers
     * {done through, up to}.
     */
    long[] lockBackfill();

    void backfilledThrough(long reportId);
}
