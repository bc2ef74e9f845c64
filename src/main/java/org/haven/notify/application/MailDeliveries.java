package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.domain.MailDeliveryRepository;
import org.haven.notify.infrastructure.MailSettings;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.lifecycle.ShutdownDrain;
import org.haven.platform.security.Role;

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

    @Inject
    MailDeliveryRepository outbox;

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
        List<Long> due = outbox.dueIds(now, BATCH);
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
        counts.putAll(outbox.countsByStatus());
        long notConfigured = outbox.countNeverTried();
        List<DeliveryView> problems = outbox.notSent(BATCH).stream().map(MailDeliveries::view).toList();
        return new Overview(settings.configured(), counts, notConfigured, problems);
    }

    /** One more try of a delivery not sent, at once (after this transaction commits). */
    @Transactional
    public void retry(long deliveryId) {
        requireAdmin();
        MailDelivery d = outbox.byId(deliveryId).orElse(null);
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
