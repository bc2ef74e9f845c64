package org.haven.evidence.domain;

/** What happened to a piece of evidence, as its chain of custody records it. */
public enum CustodyAction {
    ADDED, VIEWED, PREVIEWED, DOWNLOADED, EXPORTED, INTEGRITY_ALERT, REENCRYPTED, DELETED, PURGED
}
