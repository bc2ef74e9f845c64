package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.AuditCheckpoint;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.ChainHead;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Chains committed entries into the hash chain, in batches, after the transactions that wrote them. A batch is
 * one transaction: lock the head, read the pending entries, store their seals, the new head and a checkpoint,
 * remove their pending marks. A crash anywhere before the commit leaves everything pending for the next run.
 */
@ApplicationScoped
public class AuditSealer {

    /** Entries sealed in one transaction at most; a bigger backlog takes several. */
    public static final int BATCH = 2000;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    /**
     * Seals up to {@link #BATCH} pending entries in id order.
     *
     * @param wait whether to wait for another sealer holding the head; without waiting, another sealer at work
     *             makes this run give up at once (returns -1): that one is doing the job
     * @return the number of entries sealed, or -1 when the head was held elsewhere
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealBatch(boolean wait) {
        Optional<ChainHead> head = repository.lockHead(wait);
        if (head.isEmpty()) {
            return -1;
        }
        List<AuditEntry> entries = repository.pending(BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        ChainHead.Sealed sealed = head.get().seal(entries);
        repository.seal(sealed, new AuditCheckpoint(sealed.head(), entries.size(), clock.instant()),
                entries.stream().map(AuditEntry::id).toList());
        return entries.size();
    }
}
