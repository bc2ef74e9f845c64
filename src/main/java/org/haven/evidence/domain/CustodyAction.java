package org.haven.evidence.domain;

/** What happened to a piece of evidence, as its chain of custody records it. */
public enum CustodyAction {
    ADDED, VIEWED, PREVIEWED, DOWNLOADED, EXPORTED, INTEGRITY_ALERT, REENCRYPTED, DELETED, PURGED,
    /** Joined a case's dossier (its report attached to the case); the file stays its report's. */
    ATTACHED,
    /** Left a case's dossier (its report detached). */
    DETACHED,
    /** Moved to another school with its case (a handover). */
    TRANSFERRED
}
