package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.domain.MailDeliveryRepository;
import org.haven.notify.infrastructure.MailSettings;
import org.haven.notify.infrastructure.SmtpMailer;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt at one delivery, in its own transaction with the row locked, so that the after-commit send and the
 * retry timer (on any instance) never send the same e-mail twice.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailDeliveryRepository outbox;

    @Inject
    SmtpMailer mailer;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog audit;

    /** Returns the delivery's status after the attempt (or as it was, when no attempt was due). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeliveryStatus attempt(long deliveryId, Instant now) {
        MailDelivery d = outbox.lockedForAttempt(deliveryId).orElse(null);
        if (d == null) {
            return null;
        }
        if (!d.dueAt(now) || !settings.configured()) {
            return d.status();
        }
        try {
            mailer.send(d);
            d.sent(now);
        } catch (Exception e) {
            d.failed(reason(e), now);
            LOG.log(Level.INFO, "E-mail delivery " + d.id() + " failed (attempt " + d.attempts() + ", "
                    + d.status() + "): " + d.lastError());
            if (d.status() == DeliveryStatus.FAILED) {
                audit.record(Actor.SYSTEM.did("MAIL_DELIVERY_FAILED", "mail_delivery", d.id(), null,
                        d.attempts() + " attempts"));
            }
        }
        return d.status();
    }

    private static String reason(Exception e) {
        Throwable t = e;
        StringBuilder s = new StringBuilder();
        while (t != null && s.length() < 400) {
            if (!s.isEmpty()) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            t = t.getCause() == t ? null : t.getCause();
        }
        return s.toString();
    }
}
