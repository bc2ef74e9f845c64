package org.haven.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of one instance. {@code expected} is compared by identity (it is what {@link #get} returned); the map is
 * bounded: past {@code maxKeys} entries, those unchanged for {@code keepFor} are dropped.
 */
public final class MemoryCounterMap implements CounterMap {

    private record Entry(long[] value, long changedMs) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long keepForMs;
    private final int maxKeys;

    public MemoryCounterMap(Clock clock, Duration keepFor, int maxKeys) {
        this.clock = clock;
        this.keepForMs = keepFor.toMillis();
        this.maxKeys = maxKeys;
    }

    @Override
    public long[] get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    @Override
    public boolean replace(String key, long[] expected, long[] next) {
        long now = clock.millis();
        if (next != null && entries.size() >= maxKeys) {
            entries.values().removeIf(e -> e.changedMs() + keepForMs < now);
        }
        boolean[] done = {false};
        entries.compute(key, (k, current) -> {
            long[] value = current == null ? null : current.value();
            if (value != expected) {
                return current;
            }
            done[0] = true;
            return next == null ? null : new Entry(next, now);
        });
        return done[0];
    }

    int size() {
        return entries.size();
    }
}
