package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.Contacts;
import org.haven.notify.domain.Channels;
import org.haven.notify.domain.MailDelivery;
import org.haven.notify.domain.MailDeliveryRepository;
import org.haven.notify.domain.MailTemplates;
import org.haven.notify.domain.Notification;
import org.haven.notify.domain.NotificationPreference;
import org.haven.notify.domain.NotificationRepository;
import org.haven.notify.infrastructure.MailSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Notifications, written in the transaction of what they announce: the in-app row and, when the account gets
 * it by e-mail (urgent, or e-mail kept on), its delivery in the outbox, so that neither is ever lost. The e-mail
 * itself leaves after commit ({@link MailDispatch}) and is tried again by {@link MailTimer}.
 */
@ApplicationScoped
public class Notifications {

    /** Where every e-mail leads: the notification centre, after signing in (no record id in the e-mail). */
    public static final String CENTRE_PATH = "/account/notifications.xhtml";

    @Inject
    NotificationRepository store;

    @Inject
    MailDeliveryRepository outbox;

    @Inject
    Contacts contacts;

    @Inject
    MailSettings settings;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void notify(Collection<Long> accountIds, String kind, String recordType, Object recordId, boolean urgent) {
        Instant now = clock.instant();
        List<MailDelivery> deliveries = new ArrayList<>();
        for (Long account : new LinkedHashSet<>(accountIds)) {
            Notification n = new Notification(account, kind, recordType, recordId == null ? null
                    : recordId.toString(), urgent, now);
            store.add(n);
            contacts.mailbox(account).filter(m -> Channels.email(urgent, prefersEmail(account), m.email()))
                    .ifPresent(m -> {
                        String language = MailTemplates.localeOf(m.language()).getLanguage();
                        MailDelivery d = new MailDelivery(n.id(), account, m.email().strip(), language,
                                MailTemplates.render(kind, urgent, language, settings.publicUrl() + CENTRE_PATH),
                                settings.configured(), now);
                        deliveries.add(outbox.add(d));
                    });
        }
        if (!deliveries.isEmpty()) {
            List<Long> due = deliveries.stream().filter(d -> d.dueAt(now)).map(MailDelivery::id).toList();
            if (!due.isEmpty()) {
                queued.fire(new MailQueued(due));
            }
        }
    }

    /** Whether the account also wants non-urgent notifications by e-mail (yes unless it said no). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean prefersEmail(long accountId) {
        return store.preference(accountId).map(NotificationPreference::email).orElse(true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(long accountId) {
        return store.unreadCount(accountId);
    }

    /** Unread urgent notifications (the menu's badge says how many of the unread are urgent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadUrgentCount(long accountId) {
        return store.unreadUrgentCount(accountId);
    }

    /** Unread notifications about one type of record (the reports inbox's count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(long accountId, String recordType) {
        return store.unreadCount(accountId, recordType);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> latest(long accountId, int limit) {
        return store.latest(accountId, limit);
    }

    /** Marks read this account's notifications about one record. */
    @Transactional
    public void markRead(long accountId, String recordType, Object recordId) {
        store.unreadAbout(accountId, recordType, recordId.toString()).forEach(n -> n.markRead(clock.instant()));
    }
}
