package org.haven.platform.web;

/**
 * The unread counts the navigation shows beside its links, answered by the notifications feature (its web layer
 * implements this), so that the platform's navigation depends on no feature.
 */
public interface NavigationBadges {

    /** Unread notifications of the account, all kinds. */
    long unread(long accountId);

    /** Unread notifications of the account about one kind of record (for example "report"). */
    long unread(long accountId, String recordType);

    /** Unread urgent notifications of the account. */
    long unreadUrgent(long accountId);
}
