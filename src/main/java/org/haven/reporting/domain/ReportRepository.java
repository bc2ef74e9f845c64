package org.haven.reporting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of reports, their messages and links. */
public interface ReportRepository {

    Report add(Report report);

    Optional<Report> byReceiptLookup(String lookup);

    Optional<Report> byId(long id);

    /** A report of one of these schools, or nothing: the record scope is in the query. */
    Optional<Report> inSchools(long id, Collection<Long> schoolIds);

    /**
     * A school inbox page: urgent unacknowledged first, then newest activity first, after the cursor (null for
     * the first page); limit + 1 rows to tell whether there is more.
     */
    List<Report> inbox(Collection<Long> schoolIds, InboxCursor after, int limit);

    /**
     * Reports of these schools, newest received first, strictly after (at, id) when given; limit + 1 rows to tell
     * whether there is more (the staff REST list).
     */
    List<Report> newest(Collection<Long> schoolIds, Instant afterAt, Long afterId, int limit);

    /** Reports with an id in (after, upto], in id order, at most limit. */
    List<Report> idsBetween(long after, long upto, int limit);

    /** These reports, whoever asks: for services that already checked the caller's scope. */
    List<Report> byIds(Collection<Long> ids);

    /** Urgent reports of these schools not acknowledged yet. */
    long awaitingAcknowledgement(Collection<Long> schoolIds);

    /** Closed reports whose last activity is before the limit, oldest first (evidence retention). */
    List<Report> closedBefore(Instant limit, int max);

    void add(ReportMessage message);

    void add(ReportLink link);

    List<ReportMessage> messages(long reportId);

    List<ReportLink> links(long reportId);

    /** Urgent reports of these schools not acknowledged yet, oldest first (the longest waiting on top). */
    List<Report> awaitingAcknowledgementList(Collection<Long> schoolIds, int limit);

    /**
     * Reports of these schools with something the school has not read (the report itself or a pupil's message),
     * urgent reports still to acknowledge left out (they have their own list), newest activity first as in the
     * inbox, so that the queue's lines are the top of the inbox its "more" link opens.
     */
    List<Report> unreadByStaff(Collection<Long> schoolIds, int limit);

    long unreadByStaffCount(Collection<Long> schoolIds);

    /** Which of these reports hold at least one message from their reporter. */
    Set<Long> withReporterMessages(Collection<Long> reportIds);
}
