package org.haven.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The end of the sealed chain: the last position given and its hash. Only the sealer reads it locked and moves
 * it; writers of entries never touch it.
 */
public record ChainHead(long lastSeq, String lastHash) {

    public static final ChainHead GENESIS = new ChainHead(0, AuditHash.GENESIS);

    public ChainHead {
        Objects.requireNonNull(lastHash, "lastHash");
    }

    /** Seals {@code entries} in the order given, each after the one before it. */
    public Sealed seal(List<AuditEntry> entries) {
        List<AuditSeal> seals = new ArrayList<>(entries.size());
        long seq = lastSeq;
        String hash = lastHash;
        for (AuditEntry e : entries) {
            AuditSeal s = AuditSeal.of(++seq, hash, e);
            seals.add(s);
            hash = s.hash();
        }
        return new Sealed(seals, new ChainHead(seq, hash));
    }

    /** The seals of one run and the head after them. */
    public record Sealed(List<AuditSeal> seals, ChainHead head) {
    }
}
