package org.haven.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.audit.domain.AuditCheckpoint;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditPending;
import org.haven.audit.domain.AuditQuery;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainHead;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit log in MariaDB. Writers only insert ({@code audit_entry} with an AUTO_INCREMENT id, then their row of
 * {@code audit_pending}); only the sealer locks {@code audit_chain_head}, with {@code FOR UPDATE SKIP LOCKED} on
 * its timer so that a second instance skips instead of queueing.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
        em.flush();
        em.persist(new AuditPending(entry.id()));
    }

    @Override
    public Optional<ChainHead> lockHead(boolean wait) {
        List<?> rows = em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        return rows.stream().findFirst().map(JpaAuditRepository::toHead);
    }

    @Override
    public ChainHead head() {
        return toHead(em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult());
    }

    private static ChainHead toHead(Object row) {
        Object[] columns = (Object[]) row;
        return new ChainHead(((Number) columns[0]).longValue(), (String) columns[1]);
    }

    @Override
    public List<AuditEntry> pending(int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e, AuditPending p WHERE e.id = p.entryId ORDER BY e.id",
                        AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> pendingWithoutEntry(int limit) {
        return em.createQuery("SELECT p.entryId FROM AuditPending p WHERE NOT EXISTS"
                        + " (SELECT e FROM AuditEntry e WHERE e.id = p.entryId) ORDER BY p.entryId", Long.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void seal(ChainHead.Sealed sealed, AuditCheckpoint checkpoint, Collection<Long> doneEntryIds) {
        sealed.seals().forEach(em::persist);
        em.persist(checkpoint);
        em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, sealed.head().lastSeq())
                .setParameter(2, sealed.head().lastHash())
                .executeUpdate();
        em.createQuery("DELETE FROM AuditPending p WHERE p.entryId IN :ids")
                .setParameter("ids", doneEntryIds)
                .executeUpdate();
        em.flush();
    }

    @Override
    public List<AuditSeal> sealsAfter(long afterSeq, int limit) {
        return em.createQuery("SELECT s FROM AuditSeal s WHERE s.seq > :after ORDER BY s.seq", AuditSeal.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<Long, AuditEntry> entries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.id IN :ids", AuditEntry.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(AuditEntry::id, Function.identity()));
    }

    @Override
    public Map<Long, String> checkpoints(long fromSeq, long toSeq) {
        return em.createQuery("SELECT c FROM AuditCheckpoint c WHERE c.seq BETWEEN :from AND :to",
                        AuditCheckpoint.class)
                .setParameter("from", fromSeq)
                .setParameter("to", toSeq)
                .getResultStream()
                .collect(Collectors.toMap(AuditCheckpoint::seq, AuditCheckpoint::hash));
    }

    @Override
    public Optional<AuditCheckpoint> lastCheckpoint() {
        return em.createQuery("SELECT c FROM AuditCheckpoint c ORDER BY c.seq DESC", AuditCheckpoint.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(p) FROM AuditPending p", Long.class).getSingleResult();
    }

    @Override
    public Optional<Long> entryNeitherSealedNorPending() {
        return firstLong("SELECT e.id FROM audit_entry e"
                + " WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)"
                + " AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.entry_id = e.id) ORDER BY e.id LIMIT 1");
    }

    @Override
    public long entryCount() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
    }

    @Override
    public boolean pendingAlreadySealed() {
        return firstLong("SELECT p.entry_id FROM audit_pending p JOIN audit_seal s ON s.entry_id = p.entry_id"
                + " LIMIT 1").isPresent();
    }

    @Override
    public Optional<Long> entrySealedTwice() {
        return firstLong("SELECT entry_id FROM audit_seal GROUP BY entry_id HAVING COUNT(*) > 1"
                + " ORDER BY entry_id LIMIT 1");
    }

    private Optional<Long> firstLong(String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    @Override
    public void forgetReadRows() {
        em.clear();
    }

    @Override
    public List<AuditEntry> page(AuditQuery q, Long beforeId, int limit) {
        AuditPageQuery page = AuditPageQuery.of(q, beforeId);
        var query = em.createQuery(page.jpql(), AuditEntry.class);
        page.params().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Long> sealPositions(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM AuditSeal s WHERE s.entryId IN :ids", AuditSeal.class)
                .setParameter("ids", entryIds).getResultList().stream()
                .collect(Collectors.toMap(AuditSeal::entryId, AuditSeal::seq));
    }

    @Override
    public List<AuditEntry> forRecord(String recordType, String recordId, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.recordType = :type AND e.recordId = :id"
                        + " ORDER BY e.id DESC", AuditEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> withAction(String action, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.action = :action ORDER BY e.id DESC",
                        AuditEntry.class)
                .setParameter("action", action)
                .setMaxResults(limit)
                .getResultList();
    }
}
