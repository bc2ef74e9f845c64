package org.haven.platform.security;

import org.haven.platform.cluster.CounterMap;
import org.haven.platform.cluster.MemoryCounterMap;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing per username (known or not, so that it says nothing about which exist):
 * the first {@code freeAttempts} failures in the window cost nothing; each further one doubles a wait
 * (2 s, 4 s, 8 s ... up to {@code maxDelay}) during which attempts are refused without checking the password.
 * Held in memory, this instance's or the cluster's ({@link CounterMap}, issue 17); bounded, it forgets quiet
 * usernames. A key's value is {@code [failures, first failure ms, blocked until ms or 0]}.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;
    private static final int MAX_TRIES = 64;

    private final CounterMap failures;
    private final Clock clock;
    private final int freeAttempts;
    private final Duration window;
    private final Duration maxDelay;

    public LoginThrottle(Clock clock, int freeAttempts, Duration window, Duration maxDelay) {
        this(clock, freeAttempts, window, maxDelay,
                new MemoryCounterMap(clock, window.compareTo(maxDelay) > 0 ? window : maxDelay, MAX_TRACKED));
    }

    public LoginThrottle(Clock clock, int freeAttempts, Duration window, Duration maxDelay, CounterMap failures) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.maxDelay = maxDelay;
        this.failures = failures;
    }

    /** How long the caller must still wait before this username may try again; zero when it may now. */
    public Duration waitBeforeAttempt(String username) {
        long[] f = failures.get(key(username));
        if (f == null || f[2] == 0) {
            return Duration.ZERO;
        }
        long left = f[2] - clock.millis();
        return left <= 0 ? Duration.ZERO : Duration.ofMillis(left);
    }

    public void recordFailure(String username) {
        String key = key(username);
        for (int i = 0; i < MAX_TRIES; i++) {
            long now = clock.millis();
            long[] current = failures.get(key);
            long count = 0;
            long firstAt = now;
            if (current != null && current[1] + window.toMillis() >= now) {
                count = current[0];
                firstAt = current[1];
            }
            count++;
            long blockedUntil = 0;
            if (count > freeAttempts) {
                int doublings = (int) Math.min(count - freeAttempts, 20);
                long delay = Math.min(1000L << doublings, maxDelay.toMillis());
                blockedUntil = now + delay;
            }
            if (failures.replace(key, current, new long[] {count, firstAt, blockedUntil})) {
                return;
            }
        }
    }

    public void recordSuccess(String username) {
        String key = key(username);
        for (int i = 0; i < MAX_TRIES; i++) {
            long[] current = failures.get(key);
            if (current == null || failures.replace(key, current, null)) {
                return;
            }
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
