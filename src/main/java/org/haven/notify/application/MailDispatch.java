package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails of a transaction once it has committed, never inside it: a rolled-back notification sends
 * nothing, and a slow SMTP server never holds a page. The sending runs as an EJB asynchronous call
 * ({@link MailAsync}), in its own component invocation: a task on the managed executor would carry the page's
 * invocation with it, and Payara then closes the page's entity managers when the task ends. When this fails the
 * outbox row stays due and {@link MailTimer} sends it within a minute.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Inject
    MailAsync async;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            async.send(queued.deliveryIds());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mails left for the retry timer: " + e);
        }
    }
}
