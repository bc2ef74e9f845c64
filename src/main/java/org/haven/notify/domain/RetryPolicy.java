package org.haven.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed e-mail is tried again: after 1, 5 and 15 minutes, 1 hour and 4 hours; after the sixth failed
 * attempt it is given up (FAILED), which the account's notification centre and the administrators' page show.
 */
public final class RetryPolicy {

    public static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private RetryPolicy() {
    }

    /** When to try again after this many failed attempts (1 after the first); empty: give up. */
    public static Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1 || failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(DELAYS.get(failedAttempts - 1)));
    }
}
