package org.haven.platform.cluster;

import org.haven.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lease rules, and two instances' timers firing at the same turns through {@link ClusterJobs}. */
class LeaseTest {

    private static final Duration TTL = Duration.ofSeconds(90);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final MemoryLeaseStore store = new MemoryLeaseStore();

    private ClusterJobs instance(String name) {
        ClusterJobs jobs = new ClusterJobs();
        jobs.clock = clock;
        jobs.leases = store;
        jobs.owner = name;
        return jobs;
    }

    @Test
    void aVacantLeaseIsFreeForAnyoneAndTakingItCountsATurn() {
        Lease vacant = Lease.vacant("sweep");
        assertTrue(vacant.freeFor("A", clock.instant()));
        Lease taken = vacant.takenBy("A", clock.instant(), TTL);
        assertEquals("A", taken.owner());
        assertEquals(clock.instant().plus(TTL), taken.expiresAt());
        assertEquals(1, taken.turns());
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItExpiresAndRenewedForItsHolder() {
        Lease held = Lease.vacant("sweep").takenBy("A", clock.instant(), TTL);
        Instant justBefore = clock.instant().plus(TTL).minusMillis(1);
        assertFalse(held.freeFor("B", justBefore));
        assertTrue(held.freeFor("A", justBefore), "its holder renews it");
        assertTrue(held.heldBy("A", justBefore));
        assertThrows(IllegalStateException.class, () -> held.takenBy("B", justBefore, TTL));
        Instant expiry = clock.instant().plus(TTL);
        assertTrue(held.freeFor("B", expiry), "expired at its expiry instant");
        assertFalse(held.heldBy("A", expiry));
    }

    @Test
    void twoInstancesFiringEveryMinuteRunTheJobOnceATurn() {
        ClusterJobs a = instance("A");
        ClusterJobs b = instance("B");
        AtomicInteger runs = new AtomicInteger();
        for (int minute = 0; minute < 10; minute++) {
            boolean byA = a.runOnce("sweep", TTL, runs::incrementAndGet);
            boolean byB = b.runOnce("sweep", TTL, runs::incrementAndGet);
            assertTrue(byA ^ byB, "exactly one of them ran at minute " + minute);
            assertTrue(byA, "the first holder keeps it while it renews");
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(10, runs.get());
        assertEquals(10, store.get("sweep").turns());
    }

    @Test
    void whenTheHolderStopsRenewingTheOtherTakesOverAfterExpiryAndKeepsIt() {
        ClusterJobs a = instance("A");
        ClusterJobs b = instance("B");
        assertTrue(a.runOnce("sweep", TTL, () -> { }));
        // A dies: its timer no longer fires. B's next turn, 60 s later, finds the lease still held.
        clock.advance(Duration.ofSeconds(60));
        assertFalse(b.runOnce("sweep", TTL, () -> { }));
        clock.advance(Duration.ofSeconds(60));
        assertTrue(b.runOnce("sweep", TTL, () -> { }), "taken over once expired");
        // A comes back (a pause, not a death): B holds it now, A is refused.
        assertFalse(a.runOnce("sweep", TTL, () -> { }));
        assertEquals("B", store.get("sweep").owner());
    }

    @Test
    void aCleanStopReleasesTheLeaseForTheNextTurnOfAnother() {
        ClusterJobs a = instance("A");
        ClusterJobs b = instance("B");
        assertTrue(a.runOnce("sweep", TTL, () -> { }));
        a.releaseAll();
        assertTrue(b.runOnce("sweep", TTL, () -> { }), "no need to wait for expiry");
    }

    @Test
    void workThatFailsLeavesTheLeaseWithItsHolder() {
        ClusterJobs a = instance("A");
        ClusterJobs b = instance("B");
        assertThrows(IllegalStateException.class, () -> a.runOnce("sweep", TTL, () -> {
            throw new IllegalStateException("database gone");
        }));
        assertFalse(b.runOnce("sweep", TTL, () -> { }));
        clock.advance(TTL);
        assertTrue(b.runOnce("sweep", TTL, () -> { }));
    }

    @Test
    void ownerNamesDifferBetweenTwoStartsOfTheSameInstance() {
        String first = ClusterJobs.ownerName("haven-1");
        String second = ClusterJobs.ownerName("haven-1");
        assertTrue(first.startsWith("haven-1/"));
        assertFalse(first.equals(second));
    }
}
