package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.Contacts;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.domain.MailDeliveryRepository;
import org.haven.notify.domain.Notification;
import org.haven.notify.domain.NotificationPreference;
import org.haven.notify.domain.NotificationRepository;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in account's own notifications (every account has a centre): the latest ones with the state of
 * their e-mail, unread count, marking read, and the choice of e-mail for non-urgent notifications. Another
 * account's notification is "not found".
 */
@ApplicationScoped
public class NotificationCentre {

    public static final int SHOWN = 100;

    /** A notification with what became of its e-mail (null: none was due). */
    public record Item(long id, String kind, String recordType, String recordId, boolean urgent, Instant createdAt,
                       Instant readAt, DeliveryStatus mail, boolean mailNotSent, RecordSubjects.Subject subject) {
    }

    /** The account's e-mail choice, and whether it has an address at all. */
    public record Preferences(boolean email, boolean hasAddress) {
    }

    @Inject
    NotificationRepository store;

    @Inject
    MailDeliveryRepository outbox;

    @Inject
    Notifications notifications;

    @Inject
    Contacts contacts;

    @Inject
    NotificationSubjects subjectNames;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> mine() {
        long me = actor.require().accountId();
        List<Notification> latest = notifications.latest(me, SHOWN);
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, MailDelivery> mails = outbox.ofNotifications(latest.stream().map(Notification::id).toList())
                .stream().collect(Collectors.toMap(MailDelivery::notificationId, Function.identity(),
                        (a, b) -> a.id() > b.id() ? a : b));
        Map<String, Map<String, RecordSubjects.Subject>> subjects = subjectNames.of(latest);
        return latest.stream().map(n -> {
            MailDelivery d = mails.get(n.id());
            return new Item(n.id(), n.kind(), n.recordType(), n.recordId(), n.urgent(), n.createdAt(), n.readAt(),
                    d == null ? null : d.status(), d != null && (d.status() == DeliveryStatus.FAILED
                    || d.status() == DeliveryStatus.PENDING && d.nextAttemptAt() == null),
                    n.recordType() == null ? null
                            : subjects.getOrDefault(n.recordType(), Map.of()).get(n.recordId()));
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        return notifications.unreadCount(actor.require().accountId());
    }

    @Transactional
    public void markRead(long notificationId) {
        Notification n = store.byId(notificationId).orElse(null);
        if (n == null || n.accountId() != actor.require().accountId()) {
            throw new NotFound(List.of(new Refusal.FieldError("id",
                    "notify.notFound")));
        }
        n.markRead(clock.instant());
    }

    @Transactional
    public int markAllRead() {
        List<Notification> unread = store.unread(actor.require().accountId());
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preferences preferences() {
        long me = actor.require().accountId();
        boolean hasAddress = contacts.mailbox(me).map(m -> m.email() != null && !m.email().isBlank()).orElse(false);
        return new Preferences(notifications.prefersEmail(me), hasAddress);
    }

    /** E-mail for non-urgent notifications, or in the app only; urgent ones always go by every channel. */
    @Transactional
    public void chooseEmail(boolean email) {
        long me = actor.require().accountId();
        store.preference(me).ifPresentOrElse(p -> p.change(email, clock.instant()),
                () -> store.addPreference(new NotificationPreference(me, email, clock.instant())));
        audit.record(actor.get().did("NOTIFICATION_PREFERENCE_CHANGED", "account", me, null,
                email ? "email" : "in-app only"));
    }
}
