package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The head of the chain after one sealing run: its last position and hash. Kept so that a head copied outside
 * the database (a backup note, a witness) can be compared later; a chain rewritten after that point no longer
 * reaches the copied hash. Never updated or deleted.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    private Long seq;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    @Column(nullable = false, updatable = false)
    private int entries;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    protected AuditCheckpoint() {
    }

    public AuditCheckpoint(ChainHead head, int entries, Instant sealedAt) {
        this.seq = head.lastSeq();
        this.hash = head.lastHash();
        this.entries = entries;
        this.sealedAt = sealedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public int entries() {
        return entries;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
