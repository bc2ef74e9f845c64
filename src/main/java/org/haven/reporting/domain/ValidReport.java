package org.haven.reporting.domain;

import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A report that passed every rule of {@link ReportRules}, in domain types. */
public record ValidReport(String schoolCode, Category category, String description, LocalDate occurredOn,
                          Frequency frequency, boolean atSchool, Set<Platform> platforms, String involved,
                          boolean witness, boolean anonymous, String reporterName, String reporterClass, Risk risk,
                          List<Link> links) {

    /** A checked link. */
    public record Link(String url, Instant seenAt, String note) {
    }
}
