package org.haven.notify.domain;

/** Where an e-mail delivery stands: waiting for its first attempt, sent, waiting to be tried again, given up. */
public enum DeliveryStatus {
    PENDING, SENT, RETRYING, FAILED
}
