package org.haven.reporting.application;

import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ValidReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report was received: fired in the transaction that stores it, so that features that read reports (the related
 * reports of issue 20) take what they need at once and commit or roll back with it. Carries the texts in memory
 * only; observers must not store them as such.
 */
public record ReportReceived(long reportId, long schoolId, Instant receivedAt, String description, String involved,
                             List<String> linkUrls, Set<String> platforms, LocalDate occurredOn, boolean witness,
                             String reporterClass) {

    /** What a newly stored report tells its observers. */
    static ReportReceived of(Report report, ValidReport valid, Instant at) {
        return new ReportReceived(report.id(), report.schoolId(), at, valid.description(), valid.involved(),
                valid.links().stream().map(ValidReport.Link::url).toList(),
                valid.platforms().stream().map(Enum::name).collect(Collectors.toSet()), valid.occurredOn(),
                valid.witness(), report.reporterClass());
    }
}
