package org.haven.reporting.domain;

/** Where a report stands, as its author sees it. */
public enum ReportStatus {
    NEW, IN_PROGRESS, CASE_OPENED, CLOSED
}
