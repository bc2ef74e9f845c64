package org.haven.platform.security;

import org.haven.platform.cluster.CounterMap;
import org.haven.platform.cluster.MemoryCounterMap;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * At most {@code limit} events per key in a sliding window, counted in memory only (never stored in the database,
 * never logged): this instance's memory, or the cluster's when built on a shared {@link CounterMap} (issue 17),
 * so that the same counts hold whichever instance answers. Used for abuse limits on anonymous endpoints, keyed by
 * {@link ClientKey}. A key's value is the epoch milliseconds of its events in the window, oldest first, changed by
 * compare-and-set.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;
    /** Attempts of one change under contention; past them the event is refused (a limit fails closed). */
    private static final int MAX_TRIES = 64;

    private final CounterMap events;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public RateLimiter(Clock clock, int limit, Duration window) {
        this(clock, limit, window, new MemoryCounterMap(clock, window, MAX_KEYS));
    }

    public RateLimiter(Clock clock, int limit, Duration window, CounterMap events) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.events = events;
    }

    /** Whether the key is under its limit now (does not count an event). */
    public boolean allows(String key) {
        return inWindow(events.get(key), clock.millis()).length < limit;
    }

    /** Counts an event; returns false when the key was already at its limit (the event is then not counted). */
    public boolean tryAcquire(String key) {
        for (int i = 0; i < MAX_TRIES; i++) {
            long now = clock.millis();
            long[] current = events.get(key);
            long[] kept = inWindow(current, now);
            if (kept.length >= limit) {
                return false;
            }
            long[] next = Arrays.copyOf(kept, kept.length + 1);
            next[kept.length] = now;
            if (events.replace(key, current, next)) {
                return true;
            }
        }
        return false;
    }

    public void record(String key) {
        tryAcquire(key);
    }

    private long[] inWindow(long[] times, long now) {
        if (times == null) {
            return new long[0];
        }
        long oldest = now - window.toMillis();
        int first = 0;
        while (first < times.length && times[first] <= oldest) {
            first++;
        }
        return first == 0 ? times : Arrays.copyOfRange(times, first, times.length);
    }
}
