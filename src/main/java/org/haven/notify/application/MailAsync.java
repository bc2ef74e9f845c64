package org.haven.notify.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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

    @Asynchronous
    public void send(List<Long> deliveryIds) {
        deliveryIds.forEach(id -> sender.attempt(id, clock.instant()));
    }
}
