package org.haven.audit.application;

import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing, sealing after commit and verifying, against committed rows held in memory. */
class AuditSealingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    private InMemoryAuditRepository rows;
    private AuditLog log;

    @BeforeEach
    void wire() {
        rows = new InMemoryAuditRepository();
        log = new AuditLog();
        log.repository = rows;
        log.clock = CLOCK;
        log.sealer = newSealer();
        log.verifier = new ChainVerifier();
        log.verifier.repository = rows;
    }

    private AuditSealer newSealer() {
        AuditSealer sealer = new AuditSealer();
        sealer.repository = rows;
        sealer.clock = CLOCK;
        return sealer;
    }

    private static AuditRecord record(int n) {
        return new AuditRecord(10L + n, "user" + n, "referent", "CASE_VIEWED", "case", "C" + n, 3L, null);
    }

    private static AuditEntry entry(int n) {
        return AuditEntry.of(CLOCK.instant(), record(n));
    }

    @Test
    void committedEntriesArePendingUntilSealedThenVerified() {
        log.record(record(1));
        log.record(record(2));

        ChainVerification before = log.verify();
        assertTrue(before.intact());
        assertEquals(0, before.entriesChecked());
        assertEquals(2, before.pending());

        assertEquals(2, log.sealNow());

        ChainVerification after = log.verify();
        assertTrue(after.intact(), () -> after.problem() + " at " + after.position());
        assertEquals(2, after.entriesChecked());
        assertEquals(0, after.pending());
    }

    @Test
    void entriesCommittedBeforeACrashAreSealedByTheNextRun() {
        log.record(record(1));
        log.record(record(2));
        log.record(record(3));
        // The instance dies here: committed, never sealed. Another instance (a new sealer) starts.

        assertEquals(3, newSealer().sealBatch(false));

        ChainVerification v = log.verify();
        assertTrue(v.intact());
        assertEquals(3, v.entriesChecked());
    }

    @Test
    void aCrashDuringSealingLeavesEverythingPendingForTheNextRun() {
        log.record(record(1));
        log.record(record(2));
        rows.failNextSeal = true;

        assertThrows(IllegalStateException.class, () -> newSealer().sealBatch(false));
        assertEquals(2, rows.pendingCount());
        assertTrue(rows.seals.isEmpty());

        assertEquals(2, newSealer().sealBatch(false));
        assertTrue(log.verify().intact());
        assertEquals(2, log.verify().entriesChecked());
    }

    @Test
    void anEntryCommittedAfterAHigherNumberIsSealedNotSkipped() {
        rows.commitAs(2, entry(2));
        assertEquals(1, log.sealNow());
        rows.commitAs(1, entry(1));   // its transaction took number 1 first but committed last

        assertEquals(1, log.sealNow());

        assertEquals(List.of(2L, 1L), rows.seals.values().stream().map(AuditSeal::entryId).toList());
        ChainVerification v = log.verify();
        assertTrue(v.intact());
        assertEquals(2, v.entriesChecked());
    }

    @Test
    void aSealerThatFindsTheHeadHeldSkipsWithoutSealing() {
        log.record(record(1));
        rows.headHeldElsewhere = true;

        assertEquals(-1, newSealer().sealBatch(false));
        assertEquals(1, rows.pendingCount());
    }

    @Test
    void aBacklogLargerThanOneBatchIsSealedInSeveralTransactions() {
        for (int i = 0; i < AuditSealer.BATCH + 5; i++) {
            log.record(record(i));
        }

        assertEquals(AuditSealer.BATCH + 5, log.sealNow());

        assertEquals(2, rows.checkpoints.size());
        assertEquals(AuditSealer.BATCH + 5, log.verify().entriesChecked());
        assertTrue(log.verify().intact());
    }

    @Test
    void anEntryInsertedBehindTheApplicationIsReported() {
        log.record(record(1));
        log.sealNow();
        AuditEntry forged = entry(9);
        InMemoryAuditRepository.setId(forged, 7);
        rows.entries.put(7L, forged);

        ChainVerification v = log.verify();

        assertFalse(v.intact());
        assertEquals(ChainVerification.Problem.ENTRY_UNSEALED, v.problem());
        assertEquals(7L, v.position());
    }

    /** Counting entries alone would miss this one: the sealed entry's extra pending mark makes the sums agree. */
    @Test
    void anEntryInsertedBehindTheApplicationIsFoundWhenASealedEntryIsMarkedPendingAgain() {
        log.record(record(1));
        log.sealNow();
        rows.pending.add(1L);
        AuditEntry forged = entry(9);
        InMemoryAuditRepository.setId(forged, 7);
        rows.entries.put(7L, forged);

        ChainVerification v = log.verify();

        assertEquals(ChainVerification.Problem.ENTRY_UNSEALED, v.problem());
        assertEquals(7L, v.position());
    }

    /** Counting alone would miss this one too: a lost pending mark makes the sums agree. */
    @Test
    void anEntryInsertedBehindTheApplicationIsFoundWhenAPendingEntryWasDeleted() {
        log.record(record(1));
        log.record(record(2));
        rows.entries.remove(2L);
        AuditEntry forged = entry(9);
        InMemoryAuditRepository.setId(forged, 7);
        rows.entries.put(7L, forged);

        ChainVerification v = log.verify();

        assertEquals(ChainVerification.Problem.ENTRY_UNSEALED, v.problem());
        assertEquals(7L, v.position());
    }

    @Test
    void anEntryDeletedBeforeItWasSealedIsReported() {
        log.record(record(1));
        log.record(record(2));
        rows.entries.remove(2L);

        ChainVerification v = log.verify();

        assertEquals(ChainVerification.Problem.PENDING_ENTRY_MISSING, v.problem());
        assertEquals(2L, v.position());
    }

    @Test
    void anEntryDeletedAfterSealingIsReportedAtItsPosition() {
        log.record(record(1));
        log.record(record(2));
        log.record(record(3));
        log.sealNow();
        rows.entries.remove(2L);

        ChainVerification v = log.verify();

        assertEquals(ChainVerification.Problem.ENTRY_MISSING, v.problem());
        assertEquals(2L, v.position());
        assertEquals(1, v.entriesChecked());
    }

    @Test
    void anEntrySealedTwiceIsReported() {
        log.record(record(1));
        log.sealNow();
        AuditEntry first = rows.entries.get(1L);
        rows.seals.put(2L, AuditSeal.of(2, rows.head.lastHash(), first));
        rows.head = new org.haven.audit.domain.ChainHead(2, rows.seals.get(2L).hash());

        ChainVerification v = log.verify();

        assertEquals(ChainVerification.Problem.ENTRY_SEALED_TWICE, v.problem());
        assertEquals(1L, v.position());
    }
}
