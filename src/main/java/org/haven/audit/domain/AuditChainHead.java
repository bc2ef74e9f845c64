package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that names the last entry of the chain; locked while an entry is appended. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_entry_id", nullable = false)
    private long lastEntryId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public AuditEntry append(java.time.Instant now, AuditRecord record) {
        AuditEntry entry = AuditEntry.following(lastEntryId, lastHash, now, record);
        lastEntryId = entry.id();
        lastHash = entry.hash();
        return entry;
    }

    public long lastEntryId() {
        return lastEntryId;
    }
}
