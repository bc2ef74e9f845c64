package org.haven.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.haven.audit.domain.AuditChainHead;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRepository;

import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public AuditChainHead lockHead() {
        return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> after(long afterId, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.id > :after ORDER BY e.id", AuditEntry.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
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
