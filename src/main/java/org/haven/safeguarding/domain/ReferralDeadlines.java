package org.haven.safeguarding.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * By when the next move of a referral is expected: a draft is sent within a day (or the protocol's time); the body
 * acknowledges within its usual response time (the directory's days, five by default); it answers within fifteen
 * days of the acknowledgement; an accepted referral is checked on every thirty days until done.
 */
public final class ReferralDeadlines {

    public static final Duration DRAFT = Duration.ofDays(1);
    public static final int DEFAULT_RESPONSE_DAYS = 5;
    public static final Duration ANSWER = Duration.ofDays(15);
    public static final Duration PROGRESS = Duration.ofDays(30);

    private ReferralDeadlines() {
    }

    /** The deadline of a referral that just reached this status; null when nothing more is expected. */
    public static Instant next(ReferralStatus status, Instant now, Integer responseDays) {
        return switch (status) {
            case DRAFT -> now.plus(DRAFT);
            case SENT -> now.plus(Duration.ofDays(responseDays == null ? DEFAULT_RESPONSE_DAYS : responseDays));
            case ACKNOWLEDGED -> now.plus(ANSWER);
            case ACCEPTED -> now.plus(PROGRESS);
            case REJECTED, DONE, REVOKED -> null;
        };
    }
}
