package org.haven.notify.domain;

import java.util.List;
import java.util.Optional;

/** Storage of notifications and of each account's e-mail choice; every read is of one account's own rows. */
public interface NotificationRepository {

    /** Stores a notification and gives it its id. */
    Notification add(Notification n);

    Optional<Notification> byId(long notificationId);

    /** The account's newest notifications, at most this many. */
    List<Notification> latest(long accountId, int limit);

    /** The account's unread notifications. */
    List<Notification> unread(long accountId);

    /** The account's unread notifications about one record. */
    List<Notification> unreadAbout(long accountId, String recordType, String recordId);

    long unreadCount(long accountId);

    long unreadUrgentCount(long accountId);

    long unreadCount(long accountId, String recordType);

    Optional<NotificationPreference> preference(long accountId);

    void addPreference(NotificationPreference p);
}
