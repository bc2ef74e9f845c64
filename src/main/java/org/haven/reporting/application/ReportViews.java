package org.haven.reporting.application;

import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;
import org.haven.reporting.domain.Frequency;
import org.haven.reporting.domain.Platform;
import org.haven.reporting.domain.ReportSource;
import org.haven.reporting.domain.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What each side sees of a report. */
public final class ReportViews {

    private ReportViews() {
    }

    /** A message of the inbox; the staff author is shown as "the school", never by name to the reporter. */
    public record Message(boolean fromReporter, String body, Instant at) {
    }

    /** A link given with the report. */
    public record Link(String url, Instant seenAt, String note) {
    }

    /** The author's view of their own report. */
    public record ForReporter(String schoolName, Category category, ReportStatus status, boolean urgent,
                              Instant receivedAt, List<Message> messages, List<EvidenceReceipt> evidence) {
    }

    /** One page of a school's inbox; next is the cursor of the following page, null on the last. */
    public record InboxPage(List<InboxRow> rows, String next, long awaitingAcknowledgement) {
    }

    /** One line of a school's inbox. */
    public record InboxRow(long id, Category category, ReportStatus status, boolean urgent,
                           boolean awaitingAcknowledgement, boolean unread, boolean anonymous, Instant receivedAt,
                           Instant lastActivityAt) {
    }

    /** The whole report, for the school's referents and head. */
    public record ForStaff(long id, String schoolName, Category category, String description, LocalDate occurredOn,
                           Frequency frequency, boolean atSchool, Set<Platform> platforms, String involved,
                           boolean witness, boolean anonymous, String reporterName, String reporterClass, Risk risk,
                           boolean urgent, Instant urgentAcknowledgedAt, ReportStatus status, Instant receivedAt,
                           String fingerprint, List<Message> messages, List<Link> links,
                           List<EvidenceReceipt> evidence, ReportSource source) {
    }
}
