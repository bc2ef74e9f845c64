package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.haven.notify.domain.Notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** In-app notifications, written in the transaction of what they announce (e-mail comes with its own issue). */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void notify(Collection<Long> accountIds, String kind, String recordType, Object recordId, boolean urgent) {
        for (Long account : accountIds) {
            em.persist(new Notification(account, kind, recordType, recordId == null ? null : recordId.toString(),
                    urgent, clock.instant()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> latest(long accountId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a ORDER BY n.id DESC",
                Notification.class).setParameter("a", accountId).setMaxResults(limit).getResultList();
    }

    /** Marks read this account's notifications about one record. */
    @Transactional
    public void markRead(long accountId, String recordType, Object recordId) {
        em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a AND n.recordType = :t"
                        + " AND n.recordId = :r AND n.readAt IS NULL", Notification.class)
                .setParameter("a", accountId).setParameter("t", recordType).setParameter("r", recordId.toString())
                .getResultList().forEach(n -> n.markRead(clock.instant()));
    }
}
