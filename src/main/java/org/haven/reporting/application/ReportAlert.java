package org.haven.reporting.application;

/**
 * Something about a report that its school's referents and head are told of (a new or urgent report, a message
 * or a file from its author), fired in the transaction of what it announces and written once that has committed
 * ({@link ReportAlerts}): a report acknowledged to its author never depends on its notifications.
 */
public record ReportAlert(long reportId, long schoolId, String kind, boolean urgent) {
}
