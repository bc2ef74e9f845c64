package org.haven.platform.cache;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadCacheTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofSeconds(60), clock);
    private final AtomicInteger loads = new AtomicInteger();

    private Integer load() {
        return loads.incrementAndGet();
    }

    @Test
    void aValueIsLoadedOnceWhileItLives() {
        assertEquals(1, cache.get("FR", this::load));
        assertEquals(1, cache.get("FR", this::load));
        assertEquals(2, cache.get("BE", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void aValueIsLoadedAgainWhenItExpires() {
        cache.get("FR", this::load);
        clock.now = clock.now.plusSeconds(60);

        assertEquals(2, cache.get("FR", this::load));
    }

    @Test
    void invalidatingDropsEveryKey() {
        cache.get("FR", this::load);
        cache.get("BE", this::load);

        cache.invalidate();

        assertEquals(3, cache.get("FR", this::load));
        assertEquals(4, cache.get("BE", this::load));
    }

    @Test
    void aValueLoadedDuringAnInvalidationIsReturnedButNotKept() {
        Integer loaded = cache.get("FR", () -> {
            cache.invalidate();          // a change commits while this reader loads the old rows
            return 100;
        });

        assertEquals(100, loaded);
        assertEquals(1, cache.get("FR", this::load));
    }
}
