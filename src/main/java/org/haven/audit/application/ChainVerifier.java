package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainHead;
import org.haven.audit.domain.ChainVerification;
import org.haven.audit.domain.ChainWalk;

import java.util.List;
import java.util.Optional;

/**
 * Walks the whole sealed chain in batches, then looks for entries outside it. Runs in a read-only transaction of
 * its own (the caller's is suspended): MariaDB's consistent snapshot makes the head, the seals and the entries
 * agree even while sealing goes on, and the rows read can be forgotten batch by batch without touching anything
 * of the caller's, so that memory stays flat however long the log.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int BATCH = 1000;

    @Inject
    AuditRepository repository;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChainVerification verify() {
        ChainHead head = repository.head();
        ChainWalk walk = new ChainWalk();
        List<AuditSeal> seals;
        do {
            seals = repository.sealsAfter(walk.lastSeq(), BATCH);
            if (seals.isEmpty()) {
                break;
            }
            ChainWalk.Break found = walk.check(seals,
                    repository.entries(seals.stream().map(AuditSeal::entryId).toList()),
                    repository.checkpoints(seals.getFirst().seq(), seals.getLast().seq()));
            if (found != null) {
                return broken(walk, found.problem(), found.position());
            }
            repository.forgetReadRows();
        } while (seals.size() == BATCH);
        ChainWalk.Break end = walk.checkEnd(head, repository.lastCheckpoint().orElse(null));
        if (end != null) {
            return broken(walk, end.problem(), end.position());
        }
        return outsideTheChain(walk);
    }

    private ChainVerification outsideTheChain(ChainWalk walk) {
        Optional<Long> twice = repository.entrySealedTwice();
        if (twice.isPresent()) {
            return broken(walk, ChainVerification.Problem.ENTRY_SEALED_TWICE, twice.get());
        }
        List<Long> lost = repository.pendingWithoutEntry(1);
        long pending = repository.pendingCount();
        if (!lost.isEmpty() || !everyEntryAccountedFor(walk, pending)) {
            Optional<Long> unsealed = repository.entryNeitherSealedNorPending();
            if (unsealed.isPresent()) {
                return broken(walk, ChainVerification.Problem.ENTRY_UNSEALED, unsealed.get());
            }
        }
        if (!lost.isEmpty()) {
            return broken(walk, ChainVerification.Problem.PENDING_ENTRY_MISSING, lost.getFirst());
        }
        return ChainVerification.intact(walk.checked(), pending, walk.lastHash());
    }

    /**
     * True when counting proves that no entry is outside the chain, which spares the search for one (an anti-join
     * over the whole log, a third of a verification of a million entries). Once the walk passed and no entry is
     * sealed twice, the sealed entries are exactly {@code walk.checked()} distinct stored entries; with no pending
     * mark lost or naming a sealed entry, the pending ones are {@code pending} other stored entries; so the stored
     * entries number exactly their sum unless one is neither. Any doubt falls back to the search.
     */
    private boolean everyEntryAccountedFor(ChainWalk walk, long pending) {
        return !repository.pendingAlreadySealed() && repository.entryCount() == walk.checked() + pending;
    }

    private ChainVerification broken(ChainWalk walk, ChainVerification.Problem problem, long position) {
        return new ChainVerification(walk.checked(), problem, position, repository.pendingCount(), walk.lastHash());
    }
}
