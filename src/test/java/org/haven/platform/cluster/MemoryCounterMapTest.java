package org.haven.platform.cluster;

import org.haven.platform.security.RateLimiter;
import org.haven.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare-and-set on counters, and two limiters (two instances) on one map under contention. */
class MemoryCounterMapTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void replaceSucceedsOnlyOverTheValueItRead() {
        MemoryCounterMap map = new MemoryCounterMap(clock, Duration.ofMinutes(10), 100);
        assertTrue(map.replace("k", null, new long[] {1}));
        assertFalse(map.replace("k", null, new long[] {2}), "no longer absent");
        long[] seen = map.get("k");
        assertTrue(map.replace("k", seen, new long[] {3}));
        assertFalse(map.replace("k", seen, new long[] {4}), "changed since it was read");
        assertTrue(map.replace("k", map.get("k"), null));
        assertNull(map.get("k"));
    }

    @Test
    void pastItsBoundTheMapForgetsKeysUnchangedForLongerThanKeepFor() {
        MemoryCounterMap map = new MemoryCounterMap(clock, Duration.ofMinutes(10), 3);
        map.replace("a", null, new long[] {1});
        map.replace("b", null, new long[] {1});
        clock.advance(Duration.ofMinutes(11));
        map.replace("c", null, new long[] {1});
        map.replace("d", null, new long[] {1});
        assertEquals(2, map.size());
        assertNull(map.get("a"));
    }

    @Test
    void twoLimitersOnOneMapNeverLetMoreThanTheLimitThroughTogether() throws Exception {
        CounterMap shared = new MemoryCounterMap(clock, Duration.ofHours(1), 1000);
        RateLimiter a = new RateLimiter(clock, 50, Duration.ofHours(1), shared);
        RateLimiter b = new RateLimiter(clock, 50, Duration.ofHours(1), shared);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RateLimiter through = i % 2 == 0 ? a : b;
                asks.add(pool.submit(() -> through.tryAcquire("client")));
            }
            int admitted = 0;
            for (Future<Boolean> f : asks) {
                admitted += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(50, admitted);
            assertFalse(a.allows("client"));
            assertFalse(b.allows("client"));
        } finally {
            pool.shutdownNow();
        }
    }
}
