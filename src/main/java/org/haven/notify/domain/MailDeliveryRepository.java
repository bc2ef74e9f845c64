package org.haven.notify.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox: e-mail deliveries, what is due, and the state of e-mail for the administrators. */
public interface MailDeliveryRepository {

    /** Stores a delivery and gives it its id. */
    MailDelivery add(MailDelivery d);

    Optional<MailDelivery> byId(long deliveryId);

    /** The delivery with its row locked until the transaction ends (one attempt at a time, on any instance). */
    Optional<MailDelivery> lockedForAttempt(long deliveryId);

    /** The ids of the deliveries due at the instant, the longest due first, at most this many. */
    List<Long> dueIds(Instant now, int limit);

    /** How many deliveries in each state (states without any are missing). */
    Map<DeliveryStatus, Long> countsByStatus();

    /** Deliveries written while e-mail was not configured and never tried. */
    long countNeverTried();

    /** Deliveries not sent, newest first, at most this many. */
    List<MailDelivery> notSent(int limit);

    /** The deliveries of these notifications (every one of them, several per notification possible). */
    List<MailDelivery> ofNotifications(Collection<Long> notificationIds);
}
