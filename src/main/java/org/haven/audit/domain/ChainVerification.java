package org.haven.audit.domain;

import java.io.Serializable;

/**
 * The result of walking the audit chain.
 *
 * @param entriesChecked how many sealed entries were read
 * @param problem        what is wrong at {@code position}, or null when the chain is intact
 * @param position       where: a chain position ({@code seq}) for problems of the chain, an entry id for
 *                       {@link Problem#ENTRY_UNSEALED},
 *                       {@link Problem#ENTRY_SEALED_TWICE} and {@link Problem#PENDING_ENTRY_MISSING}; null when intact
 * @param pending        entries committed but not sealed yet (normal for a second or two after a write)
 * @param lastHash       the hash at position {@code entriesChecked}, the last one found good: with that position,
 *                       the head to copy outside the database to detect a later rewrite
 */
public record ChainVerification(long entriesChecked, Problem problem, Long position, long pending,
                                String lastHash) implements Serializable {

    /** What a verification can find, each with the change to the stored rows that it reveals. */
    public enum Problem {
        /** An entry's fields no longer give the hash of its seal: the entry (or the seal) was changed. */
        CHANGED,
        /** A seal names an entry that is not stored any more: the entry was deleted (or renumbered). */
        ENTRY_MISSING,
        /** The position after the last good one is absent: a seal was deleted. */
        SEAL_MISSING,
        /** A seal does not link to the hash of the one before it: seals were reordered, inserted or replaced. */
        LINK_BROKEN,
        /** A kept checkpoint does not match the chain at its position: the chain was rewritten after it. */
        CHECKPOINT_MISMATCH,
        /** The head the sealer keeps is not the end of the chain: seals were removed from the end or added. */
        HEAD_MISMATCH,
        /** An entry is neither sealed nor waiting to be: it was inserted behind the application. */
        ENTRY_UNSEALED,
        /** Two seals name the same entry. */
        ENTRY_SEALED_TWICE,
        /** A pending mark names an entry that is not stored: the entry was deleted before it was sealed. */
        PENDING_ENTRY_MISSING
    }

    public static ChainVerification intact(long entriesChecked, long pending, String lastHash) {
        return new ChainVerification(entriesChecked, null, null, pending, lastHash);
    }

    public boolean intact() {
        return problem == null;
    }

    /** The position of the problem; the name callers written before sealing existed use. */
    public Long firstBrokenId() {
        return position;
    }
}
