package org.haven.notify.application;

import java.util.Collection;
import java.util.List;

/**
 * A notification another feature asks for, fired as a CDI event in the transaction of what it announces:
 * {@link NotificationRequests} writes it once that transaction has committed, so a rolled-back cause announces
 * nothing and a failing notification never rolls back its cause. The record is named by its type and id.
 */
public record NotificationRequest(List<Long> accountIds, String kind, String recordType, String recordId,
                                  boolean urgent) {

    public NotificationRequest {
        accountIds = List.copyOf(accountIds);
    }

    /** A request about a record whose id is of any type (its text is stored). */
    public static NotificationRequest of(Collection<Long> accountIds, String kind, String recordType,
                                         Object recordId, boolean urgent) {
        return new NotificationRequest(List.copyOf(accountIds), kind, recordType,
                recordId == null ? null : recordId.toString(), urgent);
    }
}
