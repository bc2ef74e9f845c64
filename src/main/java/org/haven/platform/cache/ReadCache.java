package org.haven.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small in-memory cache of public, read-mostly values (the schools a pupil can report to, the help lines of a
 * country), so that the hottest anonymous requests skip the database. Invalidated by the service that changes
 * the data, after its commit; entries also expire after a short time, which bounds how long another instance of a
 * cluster (or a change made behind the application) can serve an old value.
 *
 * <p>A value loaded while an invalidation happens is returned but not kept: each invalidation starts a new
 * generation, and only a load that started in the current generation is stored.
 */
public final class ReadCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Duration lifetime;
    private final Clock clock;
    private final Map<K, Entry<V>> entries = new HashMap<>();
    private long generation;

    public ReadCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The cached value, or the loader's (kept unless the cache was invalidated while it loaded). */
    public V get(K key, Supplier<V> loader) {
        long started;
        synchronized (this) {
            Entry<V> e = entries.get(key);
            if (e != null && clock.instant().isBefore(e.expiresAt())) {
                return e.value();
            }
            started = generation;
        }
        V value = loader.get();
        synchronized (this) {
            if (generation == started) {
                entries.put(key, new Entry<>(value, clock.instant().plus(lifetime)));
            }
        }
        return value;
    }

    public synchronized void invalidate() {
        generation++;
        entries.clear();
    }
}
