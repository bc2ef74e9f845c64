package org.haven.notify.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.lifecycle.ShutdownDrain;

import java.time.Clock;
import java.util.List;

/** Tries deliveries on the container's asynchronous EJB threads (each attempt in its own transaction). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailAsync {

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    @Inject
    ShutdownDrain drain;

    /** While Haven stops, an attempt not yet begun is left in the outbox: the timer tries it after the restart. */
    @Asynchronous
    public void send(List<Long> deliveryIds) {
        deliveryIds.forEach(id -> drain.run(() -> sender.attempt(id, clock.instant())));
    }
}
