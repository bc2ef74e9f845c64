package org.haven.platform.security;

import org.haven.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T20:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, 3, Duration.ofMinutes(10));

    @Test
    void aKeyMayActUpToTheLimitThenIsRefused() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allows("a"));
            assertTrue(limiter.tryAcquire("a"));
        }

        assertFalse(limiter.allows("a"));
        assertFalse(limiter.tryAcquire("a"));
    }

    @Test
    void allowsDoesNotCountAnEvent() {
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.allows("a"));
        }
        assertTrue(limiter.tryAcquire("a"));
    }

    @Test
    void aRefusedAttemptIsNotCountedSoTheWindowDoesNotGrowForEver() {
        limiter.record("a");
        clock.advance(Duration.ofMinutes(1));
        limiter.record("a");
        limiter.record("a");
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(1));
            limiter.record("a");
        }

        clock.advance(Duration.ofMinutes(9));
        assertTrue(limiter.allows("a"), "the first event left the window, the refused ones never counted");
    }

    @Test
    void theWindowSlides() {
        limiter.record("a");
        clock.advance(Duration.ofMinutes(4));
        limiter.record("a");
        clock.advance(Duration.ofMinutes(4));
        limiter.record("a");
        assertFalse(limiter.allows("a"));

        clock.advance(Duration.ofMinutes(2).minusNanos(1));
        assertFalse(limiter.allows("a"), "the first event is still 1 ns inside the window");
        clock.advance(Duration.ofNanos(1));
        assertTrue(limiter.allows("a"), "exactly ten minutes later the first event no longer counts");
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.allows("a"));

        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a"));
        }
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.record("a");
        }

        assertFalse(limiter.allows("a"));
        assertTrue(limiter.allows("b"));
        assertTrue(limiter.tryAcquire("b"));
    }

    @Test
    void aLimitOfZeroRefusesEverythingEvenAClientNeverSeen() {
        RateLimiter closed = new RateLimiter(clock, 0, Duration.ofMinutes(1));

        assertFalse(closed.allows("never-seen"), "a limit of 0 switches the door off");
        assertFalse(closed.tryAcquire("a"));
        assertFalse(closed.allows("a"));
    }

    @Test
    void concurrentAttemptsNeverGetPastTheLimit() throws Exception {
        RateLimiter shared = new RateLimiter(clock, 10, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger granted = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(pool.submit(() -> {
                start.await();
                if (shared.tryAcquire("same-client")) {
                    granted.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : tasks) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(10, granted.get());
    }

    @Test
    void manyKeysArePrunedOnceTheirEventsAreOld() {
        RateLimiter many = new RateLimiter(clock, 1, Duration.ofMinutes(1));
        for (int i = 0; i <= 100_001; i++) {
            many.record("client-" + i);
        }
        clock.advance(Duration.ofMinutes(2));

        assertTrue(many.tryAcquire("client-0"), "old keys are pruned and the key starts afresh");
        assertFalse(many.tryAcquire("client-0"));
    }
}
