package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.haven.audit.domain.AuditTestSupport.T0;
import static org.haven.audit.domain.AuditTestSupport.chain;
import static org.haven.audit.domain.AuditTestSupport.setField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainVerificationTest {

    @Test
    void intactChainHasNoBreak() {
        assertNull(ChainVerification.firstBreak(chain(10), 0, AuditHash.GENESIS));
    }

    @Test
    void emptyRunHasNoBreak() {
        assertNull(ChainVerification.firstBreak(List.of(), 0, AuditHash.GENESIS));
    }

    @Test
    void runInTheMiddleOfTheChainVerifiesFromItsPredecessor() {
        List<AuditEntry> entries = chain(10);
        AuditEntry fourth = entries.get(3);

        assertNull(ChainVerification.firstBreak(entries.subList(4, 10), fourth.id(), fourth.hash()));
    }

    @Test
    void changedDetailIsFoundAtThatEntry() {
        List<AuditEntry> entries = chain(6);

        setField(entries.get(2), "detail", "rewritten");

        assertEquals(3L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void changedActorIsFoundAtThatEntry() {
        List<AuditEntry> entries = chain(6);

        setField(entries.get(4), "actor", "someone else");

        assertEquals(5L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void rewrittenEntryWithRecomputedHashBreaksTheNextLink() {
        List<AuditEntry> entries = chain(6);
        AuditEntry third = entries.get(2);
        setField(third, "detail", "rewritten");
        setField(third, "hash", AuditHash.of(third.id(), third.occurredAt(), third.toRecord(), third.previousHash()));

        assertTrue(third.isIntact(), "the forger made entry 3 look right on its own");
        assertEquals(4L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void removedEntryIsFoundAtTheGap() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));

        entries.remove(2); // entry 3

        assertEquals(4L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void removedFirstEntryIsFound() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));

        entries.removeFirst();

        assertEquals(2L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void renumberedEntriesAfterARemovalAreStillFound() {
        // Delete entry 3 and shift the numbers down to hide the gap: the links no longer match.
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        entries.remove(2);
        for (int i = 2; i < entries.size(); i++) {
            setField(entries.get(i), "id", (long) i + 1);
        }

        assertEquals(3L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void reorderedEntriesAreFound() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));

        AuditEntry third = entries.get(2);
        entries.set(2, entries.get(3));
        entries.set(3, third);

        assertEquals(4L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void wrongPreviousHashIsFoundAtTheFirstEntry() {
        assertEquals(1L, ChainVerification.firstBreak(chain(3), 0, "1".repeat(64)));
    }

    @Test
    void wrongStartingNumberIsFoundAtTheFirstEntry() {
        assertEquals(1L, ChainVerification.firstBreak(chain(3), 5, AuditHash.GENESIS));
    }

    @Test
    void entryFromAnotherChainIsFound() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        AuditEntry forged = AuditEntry.following(2, "9".repeat(64), T0, AuditTestSupport.record(3));

        entries.set(2, forged);

        assertTrue(forged.isIntact());
        assertEquals(3L, ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
    }

    @Test
    void verificationRecordTellsWhetherTheChainIsIntact() {
        assertTrue(new ChainVerification(10, null).intact());
        assertFalse(new ChainVerification(10, 4L).intact());
    }
}
