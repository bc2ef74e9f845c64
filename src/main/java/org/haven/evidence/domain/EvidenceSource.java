package org.haven.evidence.domain;

/** Where in the application a piece of evidence was added: part of its chain of custody. */
public enum EvidenceSource {
    /** The report wizard, with the report. */
    REPORT_FORM,
    /** The reporter's follow page or the reporter's REST call, after the report. */
    REPORTER_INBOX,
    /** A staff member, from the evidence panel of a report or a case. */
    STAFF_PANEL,
    /** Stored before the vault existed (issue 3), encrypted by the vault's start-up job. */
    LEGACY
}
