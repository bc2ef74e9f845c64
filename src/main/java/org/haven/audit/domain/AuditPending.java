package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The mark "this entry is committed but not sealed yet", written in the writer's transaction and removed by the
 * sealer in the transaction that seals the entry. The sealer finds its work here rather than by entry number, so
 * an entry whose transaction commits after one with a higher number is never skipped.
 */
@Entity
@Table(name = "audit_pending")
public class AuditPending {

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    protected AuditPending() {
    }

    public AuditPending(long entryId) {
        this.entryId = entryId;
    }

    public long entryId() {
        return entryId;
    }
}
