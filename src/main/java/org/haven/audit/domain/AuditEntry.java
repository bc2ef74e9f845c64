package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audit entry, written in the transaction of what it records. Never updated, never deleted (the database
 * refuses both). It carries no hash: writers must not wait for one another, so the entry is numbered by the
 * database and chained after commit by the sealer ({@link AuditSeal}, {@link ChainHead}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected AuditEntry() {
    }

    /** A new entry, numbered by the database when it is stored. Time is kept to the microsecond. */
    public static AuditEntry of(Instant now, AuditRecord r) {
        Objects.requireNonNull(now, "now");
        AuditEntry e = new AuditEntry();
        e.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        e.actorAccountId = r.actorAccountId();
        e.actor = r.actor();
        e.actorRole = r.actorRole();
        e.action = r.action();
        e.recordType = r.recordType();
        e.recordId = r.recordId();
        e.schoolId = r.schoolId();
        e.detail = r.detail();
        return e;
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
