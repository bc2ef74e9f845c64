package org.haven.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * An entry's place in the hash chain, given by the sealer after the entry committed: its position
 * ({@code seq}, 1, 2, 3... with no gap), the hash of the seal before it and the hash over that, the position and
 * every field of the entry. Written only by the sealer, never updated or deleted (the database refuses both).
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {

    @Id
    private Long seq;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditSeal() {
    }

    /** The seal at {@code seq}, chaining {@code entry} after the seal whose hash is {@code previousHash}. */
    public static AuditSeal of(long seq, String previousHash, AuditEntry entry) {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(entry.id(), "the entry must be stored (numbered) before it is sealed");
        AuditSeal s = new AuditSeal();
        s.seq = seq;
        s.entryId = entry.id();
        s.previousHash = previousHash;
        s.hash = AuditHash.of(seq, entry.occurredAt(), entry.toRecord(), previousHash);
        return s;
    }

    /** True when {@code entry} is still exactly what was sealed here (same fields, this seal's own hash). */
    public boolean matches(AuditEntry entry) {
        return entry != null && entryId.equals(entry.id())
                && hash.equals(AuditHash.of(seq, entry.occurredAt(), entry.toRecord(), previousHash));
    }

    public long seq() {
        return seq;
    }

    public long entryId() {
        return entryId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
