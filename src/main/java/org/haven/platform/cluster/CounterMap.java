package org.haven.platform.cluster;

/**
 * A map of small counters ({@code long[]}) that several instances change by compare-and-set: in memory for one
 * instance ({@link MemoryCounterMap}), in Hazelcast for a cluster ({@link HazelcastCounterMap}). Values are JDK
 * arrays only, so that a cluster member never needs the application's classes to hold them. Entries are forgotten
 * some time after their last change (the map's {@code keepFor}): the holder of the counts must not need them later.
 */
public interface CounterMap {

    /** The current value, or null when the key has none. */
    long[] get(String key);

    /**
     * Sets the value to {@code next} (null: removes it) if it is still {@code expected} (null: absent), as returned
     * by {@link #get}; returns false when another caller changed it in between (read again and retry).
     */
    boolean replace(String key, long[] expected, long[] next);
}
