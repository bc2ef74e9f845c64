package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One link of the append-only audit chain. Never updated, never deleted (the database refuses both). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 20, updatable = false)
    private String actorRole;

    @Column(nullable = false, length = 48, updatable = false)
    private String action;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 64, updatable = false)
    private String recordId;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(length = 500, updatable = false)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    /** The entry that follows the one whose number and hash are given. Time is kept to the microsecond. */
    public static AuditEntry following(long previousId, String previousHash, Instant now, AuditRecord r) {
        Objects.requireNonNull(previousHash, "previousHash");
        AuditEntry e = new AuditEntry();
        e.id = previousId + 1;
        e.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        e.actorAccountId = r.actorAccountId();
        e.actor = r.actor();
        e.actorRole = r.actorRole();
        e.action = r.action();
        e.recordType = r.recordType();
        e.recordId = r.recordId();
        e.schoolId = r.schoolId();
        e.detail = r.detail();
        e.previousHash = previousHash;
        e.hash = AuditHash.of(e.id, e.occurredAt, r, previousHash);
        return e;
    }

    /** Recomputes this entry's hash from its fields: false when anything in it was changed after writing. */
    public boolean isIntact() {
        return hash.equals(AuditHash.of(id, occurredAt, toRecord(), previousHash));
    }

    public AuditRecord toRecord() {
        return new AuditRecord(actorAccountId, actor, actorRole, action, recordType, recordId, schoolId, detail);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
