package org.haven.platform.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.haven.platform.security.RateLimiter;
import org.haven.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster's counters on real Hazelcast members (the version Payara Micro ships), embedded in this JVM, bound to
 * 127.0.0.1 and joined by TCP-IP only: compare-and-set holds across members, two rate limiters on two members let
 * exactly the limit through together, the counts outlive the member that wrote them, and every member reads one
 * cluster secret. The classes are reached as Haven reaches Payara's instance: through {@code Object} and reflection.
 */
class HazelcastCounterMapTest {

    private static final String CLUSTER = "haven-unit-" + UUID.randomUUID();
    private static final List<Integer> PORTS = new ArrayList<>();
    private static HazelcastInstance a;
    private static HazelcastInstance b;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @BeforeAll
    static void twoMembers() throws IOException {
        for (int i = 0; i < 3; i++) {
            PORTS.add(freePort());
        }
        a = member(PORTS.get(0));
        b = member(PORTS.get(1));
        assertEquals(2, b.getCluster().getMembers().size(), "the two members joined one cluster");
    }

    @AfterAll
    static void stop() {
        for (HazelcastInstance m : new HazelcastInstance[] {a, b}) {
            if (m != null) {
                m.getLifecycleService().terminate();
            }
        }
    }

    @Test
    void replaceIsACompareAndSetAcrossMembers() {
        CounterMap viaA = HazelcastCounterMap.open(a, "haven-cas", Duration.ofMinutes(10));
        CounterMap viaB = HazelcastCounterMap.open(b, "haven-cas", Duration.ofMinutes(10));

        assertTrue(viaA.replace("k", null, new long[] {1}));
        assertFalse(viaB.replace("k", null, new long[] {2}), "no longer absent, as seen through the other member");
        long[] seenByB = viaB.get("k");
        assertArrayEquals(new long[] {1}, seenByB);
        assertTrue(viaA.replace("k", viaA.get("k"), new long[] {3}));
        assertFalse(viaB.replace("k", seenByB, new long[] {4}), "changed through A since B read it");
        assertTrue(viaB.replace("k", viaB.get("k"), null));
        assertNull(viaA.get("k"));
    }

    @Test
    void twoLimitersOnTwoMembersNeverLetMoreThanTheLimitThroughTogether() throws Exception {
        RateLimiter onA = new RateLimiter(clock, 50, Duration.ofHours(1),
                HazelcastCounterMap.open(a, "haven-limit", Duration.ofHours(1)));
        RateLimiter onB = new RateLimiter(clock, 50, Duration.ofHours(1),
                HazelcastCounterMap.open(b, "haven-limit", Duration.ofHours(1)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RateLimiter through = i % 2 == 0 ? onA : onB;
                asks.add(pool.submit(() -> through.tryAcquire("client")));
            }
            int admitted = 0;
            for (Future<Boolean> f : asks) {
                admitted += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(50, admitted);
            assertFalse(onA.allows("client"));
            assertFalse(onB.allows("client"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachMapForgetsItsEntriesKeepForAfterTheirLastChangeWhicheverMemberOpensItFirst() {
        HazelcastCounterMap.open(a, "haven-ttl", Duration.ofMinutes(15));
        HazelcastCounterMap.open(b, "haven-ttl", Duration.ofMinutes(15));

        assertEquals(900, a.getConfig().getMapConfig("haven-ttl").getTimeToLiveSeconds());
        assertEquals(900, b.getConfig().getMapConfig("haven-ttl").getTimeToLiveSeconds());
    }

    @Test
    void theCountsOutliveTheMemberThatWroteThem() throws IOException {
        HazelcastInstance c = member(PORTS.get(2));
        try {
            RateLimiter onC = new RateLimiter(clock, 3, Duration.ofHours(1),
                    HazelcastCounterMap.open(c, "haven-survive", Duration.ofHours(1)));
            for (int i = 1; i <= 3; i++) {
                assertTrue(onC.tryAcquire("client-1"), "attempt " + i);
            }
            assertFalse(onC.tryAcquire("client-1"), "limit reached through C");
            assertTrue(onC.tryAcquire("client-0"));
        } finally {
            c.getLifecycleService().terminate();
        }
        RateLimiter onA = new RateLimiter(clock, 3, Duration.ofHours(1),
                HazelcastCounterMap.open(a, "haven-survive", Duration.ofHours(1)));
        assertFalse(onA.allows("client-1"), "C was killed: its counts are still there (one backup per entry)");
        assertTrue(onA.allows("client-0"), "one of three used");
    }

    @Test
    void everyMemberReadsTheSameClusterSecret() {
        byte[] fromA = HazelcastCounterMap.secret(a, "client-key");
        byte[] fromB = HazelcastCounterMap.secret(b, "client-key");

        assertEquals(32, fromA.length);
        assertArrayEquals(fromA, fromB);
        assertFalse(java.util.Arrays.equals(fromA, HazelcastCounterMap.secret(a, "another-key")));
    }

    private static HazelcastInstance member(int port) {
        Config config = new Config();
        config.setClusterName(CLUSTER);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "none");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int p : PORTS) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + p);
        }
        return Hazelcast.newHazelcastInstance(config);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
