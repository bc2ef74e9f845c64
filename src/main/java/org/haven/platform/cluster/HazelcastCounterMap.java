package org.haven.platform.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in a Hazelcast {@code IMap} of Payara's cluster, shared by every instance: {@code replace(k, old, new)},
 * {@code putIfAbsent} and {@code remove(k, old)} compare serialized values, so the compare-and-set holds across
 * members. Reached through {@link ConcurrentMap} and reflection only: Haven does not compile against Hazelcast,
 * whose version is Payara's business. Each map gets a time-to-live (Hazelcast counts it from an entry's last
 * change), which bounds the memory the cluster spends on counts.
 */
final class HazelcastCounterMap implements CounterMap {

    private final ConcurrentMap<String, long[]> map;

    private HazelcastCounterMap(ConcurrentMap<String, long[]> map) {
        this.map = map;
    }

    /** The map {@code name} of this Hazelcast instance (Payara's {@code payara/Hazelcast}), forgetting after keepFor. */
    @SuppressWarnings("unchecked")
    static HazelcastCounterMap open(Object hazelcast, String name, Duration keepFor) {
        try {
            ClassLoader loader = hazelcast.getClass().getClassLoader();
            Class<?> instanceType = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader);
            Class<?> configType = Class.forName("com.hazelcast.config.Config", false, loader);
            Class<?> mapConfigType = Class.forName("com.hazelcast.config.MapConfig", false, loader);
            Object config = instanceType.getMethod("getConfig").invoke(hazelcast);
            Object mapConfig = mapConfigType.getConstructor(String.class).newInstance(name);
            int seconds = (int) Math.min(Integer.MAX_VALUE, Math.max(1, keepFor.toSeconds()));
            mapConfigType.getMethod("setTimeToLiveSeconds", int.class).invoke(mapConfig, seconds);
            Method add = configType.getMethod("addMapConfig", mapConfigType);
            try {
                add.invoke(config, mapConfig);
            } catch (InvocationTargetException sameOnAnotherMember) {
                // Another member added this map's configuration first (with the same values): keep theirs.
            }
            Object map = instanceType.getMethod("getMap", String.class).invoke(hazelcast, name);
            return new HazelcastCounterMap((ConcurrentMap<String, long[]>) map);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hazelcast map " + name + " could not be opened", e);
        }
    }

    /**
     * The cluster's secret called {@code name}: the first member to ask draws it, every other member reads the same
     * one. Kept in memory only, in a map without expiry; it is lost (and drawn again) when the whole cluster stops.
     */
    @SuppressWarnings("unchecked")
    static byte[] secret(Object hazelcast, String name) {
        try {
            ClassLoader loader = hazelcast.getClass().getClassLoader();
            Class<?> instanceType = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader);
            ConcurrentMap<String, byte[]> secrets = (ConcurrentMap<String, byte[]>) instanceType
                    .getMethod("getMap", String.class).invoke(hazelcast, "haven-secrets");
            byte[] drawn = new byte[32];
            new SecureRandom().nextBytes(drawn);
            byte[] existing = secrets.putIfAbsent(name, drawn);
            return existing != null ? existing : drawn;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hazelcast map haven-secrets could not be opened", e);
        }
    }

    @Override
    public long[] get(String key) {
        return map.get(key);
    }

    @Override
    public boolean replace(String key, long[] expected, long[] next) {
        if (expected == null) {
            return next == null ? !map.containsKey(key) : map.putIfAbsent(key, next) == null;
        }
        if (next == null) {
            return map.remove(key, expected);
        }
        return map.replace(key, expected, next);
    }
}
