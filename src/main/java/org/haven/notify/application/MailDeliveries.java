package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.audit.application.AuditLog;
import org.haven.platform.security.Role;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.infrastructure.MailSettings;
import org.haven.platform.lifecycle.ShutdownDrain;
import org.haven.audit.application.CurrentActor;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery log: sending what is due (the timer, or a test at a chosen instant), and for the district
 * administrator the state of e-mail (counts, deliveries not sent) and one more try of a failed delivery.
 */
@ApplicationScoped
public class MailDeliveries {

    static final int BATCH = 100;

    /** A delivery as the administrators' page shows it. */
    public record DeliveryView(long id, long accountId, String address, String language, DeliveryStatus status,
                               int attempts, String lastError, Instant nextAttemptAt, Instant createdAt,
                               boolean neverTried) {
    }

    /** The state of e-mail: whether it is configured, how many deliveries in each state, those not sent. */
    public record Overview(boolean configured, Map<DeliveryStatus, Long> counts, long notConfigured,
                           List<DeliveryView> problems) {
    }

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    MailSender sender;

    @Inject
    MailSettings settings;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    @Inject
    ShutdownDrain drain;

    /** Tries every delivery due at the instant (each in its own transaction); returns how many were tried. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        if (!settings.configured()) {
            return 0;
        }
        List<Long> due = em.createQuery("SELECT d.id FROM MailDelivery d WHERE d.nextAttemptAt <= :now"
                        + " AND d.status IN :open ORDER BY d.nextAttemptAt, d.id", Long.class)
                .setParameter("now", now).setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING))
                .setMaxResults(BATCH).getResultList();
        // An attempt in progress when Haven stops is finished (counted by the drain); the others stay due.
        due.forEach(id -> drain.run(() -> sender.attempt(id, now)));
        return due.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview() {
        requireAdmin();
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("SELECT d.status, COUNT(d) FROM MailDelivery d GROUP BY d.status",
                Object[].class).getResultList()) {
            counts.put((DeliveryStatus) row[0], (Long) row[1]);
        }
        long notConfigured = em.createQuery("SELECT COUNT(d) FROM MailDelivery d WHERE d.status = :p"
                + " AND d.nextAttemptAt IS NULL", Long.class).setParameter("p", DeliveryStatus.PENDING)
                .getSingleResult();
        List<DeliveryView> problems = em.createQuery("SELECT d FROM MailDelivery d WHERE d.status <> :sent"
                        + " ORDER BY d.id DESC", MailDelivery.class).setParameter("sent", DeliveryStatus.SENT)
                .setMaxResults(BATCH).getResultList().stream().map(MailDeliveries::view).toList();
        return new Overview(settings.configured(), counts, notConfigured, problems);
    }

    /** One more try of a delivery not sent, at once (after this transaction commits). */
    @Transactional
    public void retry(long deliveryId) {
        requireAdmin();
        MailDelivery d = em.find(MailDelivery.class, deliveryId);
        if (d == null || d.status() == DeliveryStatus.SENT) {
            throw Invalid.of("delivery", "notify.delivery.notRetryable");
        }
        if (!settings.configured()) {
            throw Invalid.of("delivery", "notify.delivery.notConfigured");
        }
        d.retryNow(clock.instant());
        audit.record(actor.get().did("MAIL_DELIVERY_RETRIED", "mail_delivery", d.id(), null, null));
        queued.fire(new MailQueued(List.of(d.id())));
    }

    private void requireAdmin() {
        if (!actor.require().hasRole(Role.Names.DISTRICT_ADMIN)) {
            throw new Forbidden(List.of(new Refusal.FieldError("id",
                    "notify.forbidden")));
        }
    }

    private static DeliveryView view(MailDelivery d) {
        return new DeliveryView(d.id(), d.accountId(), d.address(), d.language(), d.status(), d.attempts(),
                d.lastError(), d.nextAttemptAt(), d.createdAt(),
                d.status() == DeliveryStatus.PENDING && d.nextAttemptAt() == null);
    }
}
