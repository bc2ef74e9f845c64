package org.haven.reporting.application;

import org.haven.platform.cluster.SharedCounters;
import org.haven.reporting.domain.ReportForm;
import org.haven.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits on the anonymous doors as configured by default: 10 reports an hour, 5 failed receipts in 10 minutes. */
class AbuseLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T21:00:00Z"));
    private AbuseLimits limits;

    private static final ReportForm PLAIN = form(false);
    private static final ReportForm SELF_HARM = form(true);

    @BeforeEach
    void setUp() {
        limits = instanceOn(SharedCounters.inMemory(clock));
    }

    private AbuseLimits instanceOn(SharedCounters counters) {
        AbuseLimits l = new AbuseLimits();
        l.clock = clock;
        l.counters = counters;
        l.reportsPerHour = 10;
        l.reportsPerHourPerAddress = 120;
        l.receiptFailures = 5;
        l.init();
        return l;
    }

    @Test
    void twoInstancesOnSharedCountersCountTogether() {
        SharedCounters cluster = SharedCounters.inMemory(clock);
        AbuseLimits a = instanceOn(cluster);
        AbuseLimits b = instanceOn(cluster);
        for (int i = 0; i < 10; i++) {
            AbuseLimits through = i % 2 == 0 ? a : b;
            assertEquals(AbuseLimits.Admission.ADMITTED, through.admit("school", "phone", PLAIN), "report " + (i + 1));
            through.reported("school", "phone");
        }
        assertEquals(AbuseLimits.Admission.WAIT, a.admit("school", "phone", PLAIN));
        assertEquals(AbuseLimits.Admission.WAIT, b.admit("school", "phone", PLAIN), "the limit reached holds on B");
        for (int i = 0; i < 5; i++) {
            a.receiptFailed("client");
        }
        assertFalse(b.mayTryReceipt("client"));
        AbuseLimits alone = instanceOn(SharedCounters.inMemory(clock));
        assertEquals(AbuseLimits.Admission.ADMITTED, alone.admit("school", "phone", PLAIN), "counters of its own");
    }

    @Test
    void tenReportsAnHourPerDeviceThenAWaitNeverARefusalOfDanger() {
        for (int i = 0; i < 10; i++) {
            assertEquals(AbuseLimits.Admission.ADMITTED, limits.admit("school", "phone", PLAIN), "report " + (i + 1));
            limits.reported("school", "phone");
            clock.advance(Duration.ofMinutes(1));
        }

        assertEquals(AbuseLimits.Admission.WAIT, limits.admit("school", "phone", PLAIN), "the eleventh");
        assertEquals(AbuseLimits.Admission.ADMITTED_OVER_LIMIT, limits.admit("school", "phone", SELF_HARM),
                "a report that answers a danger question is taken, and flagged");
        assertEquals(AbuseLimits.Admission.ADMITTED, limits.admit("school", "another-phone", PLAIN),
                "the rest of the school shares the address, not the limit");
        clock.advance(Duration.ofMinutes(51));
        assertEquals(AbuseLimits.Admission.ADMITTED, limits.admit("school", "phone", PLAIN), "an hour after");
    }

    @Test
    void aWholeSchoolBehindOneAddressReportsUnderTheHigherAddressLimit() {
        // The defect of issue 12: the third report from one address was refused, then a self-harm report too.
        for (int i = 0; i < 120; i++) {
            assertTrue(limits.admit("school", "device-" + i, PLAIN).admitted(), "pupil " + (i + 1));
            limits.reported("school", "device-" + i);
        }
        assertEquals(AbuseLimits.Admission.WAIT, limits.admit("school", "device-x", PLAIN));
        assertEquals(AbuseLimits.Admission.ADMITTED_OVER_LIMIT, limits.admit("school", "device-x", SELF_HARM));
        assertEquals(AbuseLimits.Admission.ADMITTED_OVER_LIMIT, limits.admit("school", null, SELF_HARM),
                "the API, without a device, never refuses danger either");
    }

    @Test
    void fiveFailedReceiptsInTenMinutesPerClient() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.mayTryReceipt("phone"));
            limits.receiptFailed("phone");
        }

        assertFalse(limits.mayTryReceipt("phone"));
        assertTrue(limits.admit("phone", null, PLAIN).admitted(), "the two limits are apart");
        assertTrue(limits.mayTryReceipt("another-phone"));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limits.mayTryReceipt("phone"));
    }

    @Test
    void checkingALimitSpendsNothing() {
        for (int i = 0; i < 100; i++) {
            assertTrue(limits.admit("school", "phone", PLAIN).admitted());
            assertTrue(limits.mayTryReceipt("phone"));
        }
    }

    private static ReportForm form(boolean selfHarm) {
        return new ReportForm("DEMO-COLLEGE", "INSULTS", "Des insultes.", null, null, false, List.of(), null, false,
                true, null, null, new ReportForm.RiskAnswers(false, selfHarm, false, false, false, false), List.of());
    }
}
