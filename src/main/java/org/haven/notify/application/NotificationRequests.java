package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the {@link NotificationRequest}s of other features once their transaction has committed, each in a
 * transaction of its own (the in-app rows and the e-mail outbox, written by {@link Notifications}). A request fired
 * outside any transaction is delivered at once.
 */
@ApplicationScoped
public class NotificationRequests {

    private static final Logger LOG = Logger.getLogger(NotificationRequests.class.getName());

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationRequest request) {
        try {
            notifications.notify(request.accountIds(), request.kind(), request.recordType(), request.recordId(),
                    request.urgent());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification " + request.kind() + " about " + request.recordType() + " "
                    + request.recordId() + " not written", e);
            throw e;
        }
    }
}
