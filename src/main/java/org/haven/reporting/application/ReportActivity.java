package org.haven.reporting.application;

import java.time.Instant;

/**
 * Something happened on a report after it was received (a message, a file): fired in the transaction that stored
 * it, so that a case opened from the report can put it on its timeline. Carries no content.
 */
public record ReportActivity(long reportId, Kind kind, Long staffAccountId, String staffName, Instant at) {

    public enum Kind {
        MESSAGE_FROM_REPORTER, MESSAGE_FROM_STAFF, EVIDENCE_FROM_REPORTER
    }
}
