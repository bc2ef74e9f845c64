package org.haven.notify.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails of a transaction once it has committed, on the container's executor (never inside the
 * transaction: a rolled-back notification sends nothing, a slow SMTP server never holds a page). When this fails
 * the outbox row stays due and {@link MailTimer} sends it within a minute.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> queued.deliveryIds().forEach(id -> sender.attempt(id, clock.instant())));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "E-mails left for the retry timer: " + e.getMessage());
        }
    }
}
