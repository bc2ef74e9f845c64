package org.haven.reporting.domain;

import java.util.List;

/**
 * A report as its author filled it in, before any check: every value as typed (the wizard and the REST API
 * both produce one), so that each wrong field can be named.
 */
public record ReportForm(String schoolCode, String category, String description, String occurredOn,
                         String frequency, Boolean atSchool, List<String> platforms, String involved,
                         Boolean witness, Boolean anonymous, String reporterName, String reporterClass,
                         RiskAnswers risk, List<LinkForm> links) {

    /** The danger answers; a missing answer counts as no. */
    public record RiskAnswers(Boolean immediateDanger, Boolean selfHarm, Boolean threats, Boolean locationShared,
                              Boolean blackmail, Boolean intimateImages) {
    }

    /** A link to online content, with when it was seen and a note. */
    public record LinkForm(String url, String seenAt, String note) {
    }
}
