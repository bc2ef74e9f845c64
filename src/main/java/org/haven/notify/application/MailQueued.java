package org.haven.notify.application;

import java.util.List;

/** Deliveries written in the current transaction, to be sent once it has committed. */
public record MailQueued(List<Long> deliveryIds) {
}
