package org.haven.audit.domain;

import java.util.List;
import java.util.Map;

/**
 * Checks the sealed chain run by run, from the genesis, holding only the last position and hash: the whole log
 * never has to be in memory. Each seal must follow the one before it (position and hash), its entry must exist
 * and still give the seal's hash, and a kept checkpoint at that position must hold the same hash.
 */
public final class ChainWalk {

    /** A problem and where it is. */
    public record Break(ChainVerification.Problem problem, long position) {
    }

    private long seq = ChainHead.GENESIS.lastSeq();
    private String hash = ChainHead.GENESIS.lastHash();
    private long checked;

    /**
     * Checks the next seals, in position order.
     *
     * @param entries     the entries these seals name, by id (a deleted entry is simply absent)
     * @param checkpoints the hashes of the checkpoints kept at positions within these seals
     * @return the first problem, or null when the run is intact
     */
    public Break check(List<AuditSeal> seals, Map<Long, AuditEntry> entries, Map<Long, String> checkpoints) {
        for (AuditSeal s : seals) {
            if (s.seq() != seq + 1) {
                return new Break(ChainVerification.Problem.SEAL_MISSING, seq + 1);
            }
            if (!s.previousHash().equals(hash)) {
                return new Break(ChainVerification.Problem.LINK_BROKEN, s.seq());
            }
            AuditEntry entry = entries.get(s.entryId());
            if (entry == null) {
                return new Break(ChainVerification.Problem.ENTRY_MISSING, s.seq());
            }
            if (!s.matches(entry)) {
                return new Break(ChainVerification.Problem.CHANGED, s.seq());
            }
            String kept = checkpoints.get(s.seq());
            if (kept != null && !kept.equals(s.hash())) {
                return new Break(ChainVerification.Problem.CHECKPOINT_MISMATCH, s.seq());
            }
            seq = s.seq();
            hash = s.hash();
            checked++;
        }
        return null;
    }

    /**
     * Checks that the walk ended where the sealer's head and the last checkpoint say the chain ends: seals removed
     * from the end leave no gap for {@link #check} to see.
     */
    public Break checkEnd(ChainHead head, AuditCheckpoint lastCheckpoint) {
        if (lastCheckpoint != null && lastCheckpoint.seq() > seq) {
            return new Break(ChainVerification.Problem.SEAL_MISSING, seq + 1);
        }
        if (head.lastSeq() > seq) {
            return new Break(ChainVerification.Problem.HEAD_MISMATCH, seq + 1);
        }
        if (head.lastSeq() < seq) {
            return new Break(ChainVerification.Problem.HEAD_MISMATCH, head.lastSeq() + 1);
        }
        if (!head.lastHash().equals(hash)) {
            return new Break(ChainVerification.Problem.HEAD_MISMATCH, seq);
        }
        return null;
    }

    public long lastSeq() {
        return seq;
    }

    public String lastHash() {
        return hash;
    }

    public long checked() {
        return checked;
    }
}
