package org.haven.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {

    private static final int FREE = 3;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration MAX_DELAY = Duration.ofSeconds(60);

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

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

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, FREE, WINDOW, MAX_DELAY);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    @Test
    void neverSeenUsernameMayTryAtOnce() {
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void freeFailuresCostNothing() {
        for (int i = 1; i <= FREE; i++) {
            throttle.recordFailure("alice");
            assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"), "after failure " + i);
        }
    }

    @Test
    void firstFailureBeyondTheFreeOnesWaitsTwoSeconds() {
        fail("alice", FREE + 1);

        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        fail("alice", FREE);
        long[] expected = {2, 4, 8, 16, 32};
        for (long seconds : expected) {
            throttle.recordFailure("alice");
            assertEquals(Duration.ofSeconds(seconds), throttle.waitBeforeAttempt("alice"));
        }
    }

    @Test
    void waitIsCappedAtTheMaximumDelay() {
        fail("alice", FREE + 6); // would be 64 s

        assertEquals(MAX_DELAY, throttle.waitBeforeAttempt("alice"));

        fail("alice", 30);
        assertEquals(MAX_DELAY, throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void doublingStopsAtTwentyWithoutOverflowWhenMaxDelayIsHuge() {
        LoginThrottle lenient = new LoginThrottle(clock, 0, Duration.ofDays(365), Duration.ofDays(365));
        for (int i = 0; i < 100; i++) {
            lenient.recordFailure("bob");
        }

        assertEquals(Duration.ofSeconds(1L << 20), lenient.waitBeforeAttempt("bob"));
    }

    @Test
    void waitShrinksAsTimePassesAndEndsAtZero() {
        fail("alice", FREE + 2); // 4 s

        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(2500), throttle.waitBeforeAttempt("alice"));

        clock.advance(Duration.ofMillis(2500));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"));

        clock.advance(Duration.ofSeconds(10));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"), "never negative");
    }

    @Test
    void successResetsTheCount() {
        fail("alice", FREE + 3);

        throttle.recordSuccess("alice");

        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"));
        fail("alice", FREE);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"), "free failures are free again");
        throttle.recordFailure("alice");
        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt("alice"), "doubling starts over");
    }

    @Test
    void successForUnknownUsernameIsHarmless() {
        throttle.recordSuccess("nobody");

        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("nobody"));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        fail("alice", FREE + 2);

        clock.advance(WINDOW.plusSeconds(1));
        throttle.recordFailure("alice");

        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"), "counts as a first failure");
    }

    @Test
    void windowRunsFromTheFirstFailureNotTheLast() {
        throttle.recordFailure("alice");
        clock.advance(Duration.ofMinutes(10));
        fail("alice", FREE - 1);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1)); // 15 min 1 s after the first failure

        throttle.recordFailure("alice");

        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void failureExactlyAtTheEndOfTheWindowStillCounts() {
        fail("alice", FREE);
        clock.advance(WINDOW);

        throttle.recordFailure("alice");

        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void usernamesAreComparedWithoutCaseOrSurroundingSpaces() {
        throttle.recordFailure("Alice");
        throttle.recordFailure("  ALICE ");
        throttle.recordFailure("alice\t");
        throttle.recordFailure("aLiCe");

        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt(" alice "));
        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt("ALICE"));

        throttle.recordSuccess("ALICE ");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void unknownUsernamesAreThrottledExactlyLikeKnownOnes() {
        // The throttle never looks a username up: any string, existing or not, gets the same treatment.
        for (int i = 0; i < FREE + 4; i++) {
            throttle.recordFailure("alice");
            throttle.recordFailure("no-such-user-7f3a");
            assertEquals(throttle.waitBeforeAttempt("alice"), throttle.waitBeforeAttempt("no-such-user-7f3a"));
        }
        assertEquals(Duration.ofSeconds(16), throttle.waitBeforeAttempt("no-such-user-7f3a"));
    }

    @Test
    void usernamesAreThrottledIndependently() {
        fail("alice", FREE + 2);

        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("bob"));
        throttle.recordFailure("bob");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("bob"));
        assertEquals(Duration.ofSeconds(4), throttle.waitBeforeAttempt("alice"));
    }

    @Test
    void nullUsernameIsTrackedWithoutError() {
        fail(null, FREE + 1);

        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt(null));
        assertEquals(Duration.ofSeconds(2), throttle.waitBeforeAttempt("  "), "null and blank are the same key");
    }

    @Test
    void zeroFreeAttemptsBlocksFromTheFirstFailure() {
        LoginThrottle strict = new LoginThrottle(clock, 0, WINDOW, MAX_DELAY);

        strict.recordFailure("alice");

        assertEquals(Duration.ofSeconds(2), strict.waitBeforeAttempt("alice"));
    }
}
