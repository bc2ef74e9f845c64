package org.haven.notify.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.domain.MailDeliveryRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The e-mail outbox in the database, through JPA. */
@ApplicationScoped
public class JpaMailDeliveryRepository implements MailDeliveryRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public MailDelivery add(MailDelivery d) {
        em.persist(d);
        em.flush();
        return d;
    }

    @Override
    public Optional<MailDelivery> byId(long deliveryId) {
        return Optional.ofNullable(em.find(MailDelivery.class, deliveryId));
    }

    @Override
    public Optional<MailDelivery> lockedForAttempt(long deliveryId) {
        return Optional.ofNullable(em.find(MailDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> dueIds(Instant now, int limit) {
        return em.createQuery("SELECT d.id FROM MailDelivery d WHERE d.nextAttemptAt <= :now"
                        + " AND d.status IN :open ORDER BY d.nextAttemptAt, d.id", Long.class)
                .setParameter("now", now).setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Map<DeliveryStatus, Long> countsByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (Object[] row : em.createQuery("SELECT d.status, COUNT(d) FROM MailDelivery d GROUP BY d.status",
                Object[].class).getResultList()) {
            counts.put((DeliveryStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public long countNeverTried() {
        return em.createQuery("SELECT COUNT(d) FROM MailDelivery d WHERE d.status = :p AND d.nextAttemptAt IS NULL",
                Long.class).setParameter("p", DeliveryStatus.PENDING).getSingleResult();
    }

    @Override
    public List<MailDelivery> notSent(int limit) {
        return em.createQuery("SELECT d FROM MailDelivery d WHERE d.status <> :sent ORDER BY d.id DESC",
                MailDelivery.class).setParameter("sent", DeliveryStatus.SENT).setMaxResults(limit).getResultList();
    }

    @Override
    public List<MailDelivery> ofNotifications(Collection<Long> notificationIds) {
        return em.createQuery("SELECT d FROM MailDelivery d WHERE d.notificationId IN :ids", MailDelivery.class)
                .setParameter("ids", notificationIds).getResultList();
    }
}
