package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.AuditChainHead;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.ChainVerification;

import java.time.Clock;
import java.util.List;

/**
 * The audit log every feature writes to. {@link #record} joins the caller's transaction, so the entry commits
 * (or rolls back) with the change it records; called outside a transaction it commits on its own.
 */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditRecord record) {
        AuditChainHead head = repository.lockHead();
        AuditEntry entry = head.append(clock.instant(), record);
        repository.add(entry);
    }

    /**
     * Records in a transaction of its own, which stays even when the caller's is rolled back: for refused access
     * attempts, whose refusal is an exception. Call it before the caller's transaction wrote any audit entry (it
     * would wait for the chain head that transaction holds).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(AuditRecord record) {
        record(record);
    }

    /** Walks the whole chain and reports the first entry that was altered, removed or inserted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        long checked = 0;
        long previousId = 0;
        String previousHash = org.haven.audit.domain.AuditHash.GENESIS;
        List<AuditEntry> batch;
        do {
            batch = repository.after(previousId, VERIFY_BATCH);
            Long broken = ChainVerification.firstBreak(batch, previousId, previousHash);
            if (broken != null) {
                return new ChainVerification(checked + (broken - previousId), broken);
            }
            if (!batch.isEmpty()) {
                AuditEntry last = batch.getLast();
                previousId = last.id();
                previousHash = last.hash();
                checked += batch.size();
            }
        } while (batch.size() == VERIFY_BATCH);
        return new ChainVerification(checked, null);
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
