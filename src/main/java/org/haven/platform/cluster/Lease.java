package org.haven.platform.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who runs a job now, until when, and how many turns the job ran under a lease: the rules every store follows.
 * A lease is free for an owner who already holds it (a renewal) or once it expired (a take-over); an expiry
 * equal to now counts as expired, so that a holder that stops renewing is replaced at the first turn after it.
 */
public record Lease(String job, String owner, Instant expiresAt, long turns) {

    public Lease {
        Objects.requireNonNull(job);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(expiresAt);
    }

    public boolean freeFor(String candidate, Instant now) {
        return owner.equals(candidate) || !expiresAt.isAfter(now);
    }

    public boolean heldBy(String candidate, Instant now) {
        return owner.equals(candidate) && expiresAt.isAfter(now);
    }

    /** The lease after {@code candidate} took or renewed it at {@code now}; call only when {@link #freeFor}. */
    public Lease takenBy(String candidate, Instant now, Duration ttl) {
        if (!freeFor(candidate, now)) {
            throw new IllegalStateException(job + " is held by " + owner + " until " + expiresAt);
        }
        return new Lease(job, candidate, now.plus(ttl), turns + 1);
    }

    /** A lease that nobody holds, for a job seen for the first time. */
    public static Lease vacant(String job) {
        return new Lease(job, "", Instant.EPOCH, 0);
    }
}
