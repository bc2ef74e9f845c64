package org.haven.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per username (known or not, so that it says nothing about which exist):
 * the first {@code freeAttempts} failures in the window cost nothing; each further one doubles a wait
 * (2 s, 4 s, 8 s ... up to {@code maxDelay}) during which attempts are refused without checking the password.
 * Held in memory per instance; the map is bounded and forgets quiet usernames.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant firstAt, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeAttempts;
    private final Duration window;
    private final Duration maxDelay;

    public LoginThrottle(Clock clock, int freeAttempts, Duration window, Duration maxDelay) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    /** How long the caller must still wait before this username may try again; zero when it may now. */
    public Duration waitBeforeAttempt(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.blockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(e -> e.getValue().firstAt().plus(window).isBefore(now));
        }
        failures.compute(key(username), (k, f) -> {
            if (f == null || f.firstAt().plus(window).isBefore(now)) {
                f = new Failures(0, now, null);
            }
            int count = f.count() + 1;
            Instant blockedUntil = null;
            if (count > freeAttempts) {
                int doublings = Math.min(count - freeAttempts, 20);
                Duration delay = Duration.ofSeconds(1L << doublings);
                blockedUntil = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
            }
            return new Failures(count, f.firstAt(), blockedUntil);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
