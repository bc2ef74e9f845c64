package org.haven.audit.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the district admin looks for in the audit log; every part is optional (null). {@code actor} matches part of
 * the name recorded, {@code action} and {@code recordType} exactly, {@code recordId} exactly.
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, String recordType, String recordId)
        implements Serializable {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
