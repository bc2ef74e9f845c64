package org.haven.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in a sliding window, counted in memory only (never stored, never
 * logged). Used for abuse limits on anonymous endpoints, keyed by {@link ClientKey}.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public RateLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Whether the key is under its limit now (does not count an event). */
    public boolean allows(String key) {
        Deque<Instant> q = events.get(key);
        if (q == null) {
            return limit > 0;
        }
        synchronized (q) {
            prune(q, clock.instant());
            return q.size() < limit;
        }
    }

    /** Counts an event; returns false when the key was already at its limit (the event is then not counted). */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        if (events.size() > MAX_KEYS) {
            events.values().removeIf(q -> {
                synchronized (q) {
                    prune(q, now);
                    return q.isEmpty();
                }
            });
        }
        Deque<Instant> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, now);
            if (q.size() >= limit) {
                return false;
            }
            q.addLast(now);
            return true;
        }
    }

    public void record(String key) {
        tryAcquire(key);
    }

    private void prune(Deque<Instant> q, Instant now) {
        Instant oldest = now.minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(oldest)) {
            q.pollFirst();
        }
    }
}
