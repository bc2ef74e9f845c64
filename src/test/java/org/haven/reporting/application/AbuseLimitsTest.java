package org.haven.reporting.application;

import org.haven.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits on the anonymous doors as configured by default: 10 reports an hour, 5 failed receipts in 10 minutes. */
class AbuseLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T21:00:00Z"));
    private AbuseLimits limits;

    @BeforeEach
    void setUp() {
        limits = new AbuseLimits();
        limits.clock = clock;
        limits.reportsPerHour = 10;
        limits.receiptFailures = 5;
        limits.init();
    }

    @Test
    void tenReportsAnHourPerClient() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limits.mayReport("phone"), "report " + (i + 1));
            limits.reported("phone");
            clock.advance(Duration.ofMinutes(1));
        }

        assertFalse(limits.mayReport("phone"), "the eleventh within the hour");
        assertTrue(limits.mayReport("another-phone"));
        clock.advance(Duration.ofMinutes(51));
        assertTrue(limits.mayReport("phone"), "an hour after the first");
    }

    @Test
    void fiveFailedReceiptsInTenMinutesPerClient() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.mayTryReceipt("phone"));
            limits.receiptFailed("phone");
        }

        assertFalse(limits.mayTryReceipt("phone"));
        assertTrue(limits.mayReport("phone"), "the two limits are apart");
        assertTrue(limits.mayTryReceipt("another-phone"));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limits.mayTryReceipt("phone"));
    }

    @Test
    void checkingALimitSpendsNothing() {
        for (int i = 0; i < 100; i++) {
            assertTrue(limits.mayReport("phone"));
            assertTrue(limits.mayTryReceipt("phone"));
        }
    }
}
