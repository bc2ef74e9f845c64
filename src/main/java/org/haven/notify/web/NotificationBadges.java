package org.haven.notify.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.notify.application.Notifications;
import org.haven.platform.web.NavigationBadges;

/** The navigation's unread badges, counted by the notifications feature. */
@ApplicationScoped
public class NotificationBadges implements NavigationBadges {

    @Inject
    Notifications notifications;

    @Override
    public long unread(long accountId) {
        return notifications.unreadCount(accountId);
    }

    @Override
    public long unread(long accountId, String recordType) {
        return notifications.unreadCount(accountId, recordType);
    }

    @Override
    public long unreadUrgent(long accountId) {
        return notifications.unreadUrgentCount(accountId);
    }
}
