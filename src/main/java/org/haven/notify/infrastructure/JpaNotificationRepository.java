package org.haven.notify.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.notify.domain.Notification;
import org.haven.notify.domain.NotificationPreference;
import org.haven.notify.domain.NotificationRepository;

import java.util.List;
import java.util.Optional;

/** Notifications and e-mail choices in the database, through JPA. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    private static final String UNREAD = "SELECT n FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL";
    private static final String COUNT_UNREAD = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a"
            + " AND n.readAt IS NULL";

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Notification add(Notification n) {
        em.persist(n);
        em.flush();
        return n;
    }

    @Override
    public Optional<Notification> byId(long notificationId) {
        return Optional.ofNullable(em.find(Notification.class, notificationId));
    }

    @Override
    public List<Notification> latest(long accountId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a ORDER BY n.id DESC",
                Notification.class).setParameter("a", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Notification> unread(long accountId) {
        return em.createQuery(UNREAD, Notification.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<Notification> unreadAbout(long accountId, String recordType, String recordId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a AND n.recordType = :t"
                        + " AND n.recordId = :r AND n.readAt IS NULL", Notification.class)
                .setParameter("a", accountId).setParameter("t", recordType).setParameter("r", recordId)
                .getResultList();
    }

    @Override
    public long unreadCount(long accountId) {
        return em.createQuery(COUNT_UNREAD, Long.class).setParameter("a", accountId).getSingleResult();
    }

    @Override
    public long unreadUrgentCount(long accountId) {
        return em.createQuery(COUNT_UNREAD + " AND n.urgent = TRUE", Long.class).setParameter("a", accountId)
                .getSingleResult();
    }

    @Override
    public long unreadCount(long accountId, String recordType) {
        return em.createQuery(COUNT_UNREAD + " AND n.recordType = :t", Long.class).setParameter("a", accountId)
                .setParameter("t", recordType).getSingleResult();
    }

    @Override
    public Optional<NotificationPreference> preference(long accountId) {
        return Optional.ofNullable(em.find(NotificationPreference.class, accountId));
    }

    @Override
    public void addPreference(NotificationPreference p) {
        em.persist(p);
    }
}
