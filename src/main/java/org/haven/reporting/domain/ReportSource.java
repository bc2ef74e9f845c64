package org.haven.reporting.domain;

/** Where a report came from; staff see it, and statistics can tell the doors apart. */
public enum ReportSource {
    /** The report wizard or POST /api/v1/reports. */
    FORM,
    /** A pupil's contact request at the end of a survey (issue 19); it carries no survey answers unless the pupil
     * chose to add them. */
    SURVEY
}
