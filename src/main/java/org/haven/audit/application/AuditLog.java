package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.ChainVerification;

import java.time.Clock;
import java.util.List;

/**
 * The audit log every feature writes to. {@link #record} joins the caller's transaction, so the entry commits
 * (or rolls back) with the change it records; called outside a transaction it commits on its own. Writing takes
 * no shared lock: entries are chained after commit by {@link AuditSealer} (every second, see
 * {@link AuditSealTimer}), and {@link #verify} checks the chain.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository repository;

    @Inject
    AuditSealer sealer;

    @Inject
    ChainVerifier verifier;

    @Inject
    Clock clock;

    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditRecord record) {
        repository.add(AuditEntry.of(clock.instant(), record));
    }

    /**
     * Records in a transaction of its own, which stays even when the caller's is rolled back: for refused access
     * attempts, whose refusal is an exception.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(AuditRecord record) {
        record(record);
    }

    /**
     * Seals every entry committed so far, waiting for a sealer that is running elsewhere rather than skipping:
     * for tests and for scripts (a restore) that want a fully sealed log before they verify it.
     *
     * @return how many entries this call sealed
     */
    public long sealNow() {
        long total = 0;
        int sealed;
        do {
            sealed = sealer.sealBatch(true);
            total += Math.max(sealed, 0);
        } while (sealed == AuditSealer.BATCH);
        return total;
    }

    /**
     * Walks the whole sealed chain and reports the first entry or seal that was altered, removed, inserted or
     * reordered, with its position; entries committed in the last second or so are counted as pending.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }

    /**
     * Verifies for the district admin and records that it was done, with the outcome, after the walk (the entry
     * of this check is not part of what it checked).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verifyAsAdmin() {
        ChainVerification v = verify();
        record(actor.get().did("AUDIT_VERIFIED", "audit", null, null,
                v.intact() ? "intact, " + v.entriesChecked() + " entries" : v.problem() + " at " + v.position()));
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> historyOf(String recordType, String recordId, int limit) {
        return repository.forRecord(recordType, recordId, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(String action, int limit) {
        return repository.withAction(action, limit);
    }
}
