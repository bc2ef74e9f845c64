package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.haven.audit.domain.AuditTestSupport.T0;
import static org.haven.audit.domain.AuditTestSupport.chain;
import static org.haven.audit.domain.AuditTestSupport.record;
import static org.haven.audit.domain.AuditTestSupport.setField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEntryTest {

    @Test
    void followingNumbersTheEntryAfterThePreviousOne() {
        AuditEntry e = AuditEntry.following(41, "a".repeat(64), T0, record(1));

        assertEquals(42L, e.id());
        assertEquals("a".repeat(64), e.previousHash());
    }

    @Test
    void followingHashesWithAuditHash() {
        AuditEntry e = AuditEntry.following(0, AuditHash.GENESIS, T0, record(1));

        assertEquals(AuditHash.of(1, e.occurredAt(), record(1), AuditHash.GENESIS), e.hash());
    }

    @Test
    void occurredAtIsTruncatedToMicroseconds() {
        AuditEntry e = AuditEntry.following(0, AuditHash.GENESIS, Instant.parse("2025-03-10T08:00:00.123456789Z"),
                record(1));

        assertEquals(Instant.parse("2025-03-10T08:00:00.123456Z"), e.occurredAt());
    }

    @Test
    void entryStaysIntactAfterTheDatabaseDropsNanoseconds() {
        AuditEntry e = AuditEntry.following(0, AuditHash.GENESIS, T0, record(1));

        setField(e, "occurredAt", Instant.parse("2025-03-10T08:00:00.123456Z"));

        assertTrue(e.isIntact());
    }

    @Test
    void previousHashIsRequired() {
        assertThrows(NullPointerException.class, () -> AuditEntry.following(0, null, T0, record(1)));
    }

    @Test
    void toRecordGivesBackTheRecord() {
        AuditRecord r = new AuditRecord(5L, "alice", "referent", "CASE_OPENED", "case", "99", 3L, "x");

        AuditEntry e = AuditEntry.following(0, AuditHash.GENESIS, T0, r);

        assertEquals(r, e.toRecord());
        assertEquals("alice", e.actor());
        assertEquals("CASE_OPENED", e.action());
        assertEquals("case", e.recordType());
        assertEquals("99", e.recordId());
    }

    @Test
    void chainLinksEachEntryToTheHashOfThePreviousOne() {
        List<AuditEntry> entries = chain(5);

        assertEquals(AuditHash.GENESIS, entries.getFirst().previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).id() + 1, entries.get(i).id());
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
            assertNotEquals(entries.get(i - 1).hash(), entries.get(i).hash());
        }
    }

    @Test
    void freshEntryIsIntact() {
        chain(3).forEach(e -> assertTrue(e.isIntact(), "entry " + e.id()));
    }

    @Test
    void changingAnyStoredColumnBreaksTheEntry() {
        Object[][] tampering = {
                {"detail", "nothing to see"},
                {"detail", null},
                {"actor", "mallory"},
                {"actorAccountId", 999L},
                {"actorAccountId", null},
                {"actorRole", "district_admin"},
                {"action", "NOTHING"},
                {"recordType", "school"},
                {"recordId", "R999"},
                {"schoolId", 8L},
                {"occurredAt", T0.plusSeconds(3600)},
                {"id", 77L},
                {"previousHash", "f".repeat(64)},
                {"hash", "e".repeat(64)},
        };
        for (Object[] t : tampering) {
            AuditEntry e = AuditEntry.following(0, AuditHash.GENESIS, T0, record(1));

            setField(e, (String) t[0], t[1]);

            assertFalse(e.isIntact(), "changing " + t[0] + " must be detected");
        }
    }
}
