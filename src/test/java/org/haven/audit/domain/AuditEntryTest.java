package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.haven.audit.domain.AuditTestSupport.T0;
import static org.haven.audit.domain.AuditTestSupport.entry;
import static org.haven.audit.domain.AuditTestSupport.record;
import static org.haven.audit.domain.AuditTestSupport.setField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEntryTest {

    @Test
    void aNewEntryIsNumberedByTheDatabase() {
        assertNull(AuditEntry.of(T0, record(1)).id());
    }

    @Test
    void occurredAtIsTruncatedToMicroseconds() {
        AuditEntry e = AuditEntry.of(Instant.parse("2025-03-10T08:00:00.123456789Z"), record(1));

        assertEquals(Instant.parse("2025-03-10T08:00:00.123456Z"), e.occurredAt());
    }

    @Test
    void toRecordGivesBackTheRecord() {
        AuditRecord r = new AuditRecord(5L, "alice", "referent", "CASE_OPENED", "case", "99", 3L, "x");

        AuditEntry e = AuditEntry.of(T0, r);

        assertEquals(r, e.toRecord());
        assertEquals("alice", e.actor());
        assertEquals("CASE_OPENED", e.action());
        assertEquals("case", e.recordType());
        assertEquals("99", e.recordId());
    }

    @Test
    void anUnstoredEntryCannotBeSealed() {
        assertThrows(NullPointerException.class, () -> AuditSeal.of(1, AuditHash.GENESIS, AuditEntry.of(T0, record(1))));
    }

    @Test
    void aSealHashesPositionAndFieldsWithAuditHash() {
        AuditSeal s = AuditSeal.of(7, "a".repeat(64), entry(3));

        assertEquals(AuditHash.of(7, entry(3).occurredAt(), record(3), "a".repeat(64)), s.hash());
        assertEquals(3L, s.entryId());
        assertTrue(s.matches(entry(3)));
    }

    @Test
    void entryStaysSealedAfterTheDatabaseDropsNanoseconds() {
        AuditEntry e = AuditEntry.of(Instant.parse("2025-03-10T08:00:00.123456789Z"), record(1));
        setField(e, "id", 1L);
        AuditSeal s = AuditSeal.of(1, AuditHash.GENESIS, e);

        setField(e, "occurredAt", Instant.parse("2025-03-10T08:00:00.123456Z"));

        assertTrue(s.matches(e));
    }

    @Test
    void changingAnyStoredColumnBreaksTheSeal() {
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
        };
        for (Object[] t : tampering) {
            AuditEntry e = entry(1);
            AuditSeal s = AuditSeal.of(1, AuditHash.GENESIS, e);

            setField(e, (String) t[0], t[1]);

            assertFalse(s.matches(e), "changing " + t[0] + " must be detected");
        }
    }

    @Test
    void aSealOfAnotherPositionOrLinkDoesNotMatch() {
        AuditEntry e = entry(1);
        AuditSeal s = AuditSeal.of(1, AuditHash.GENESIS, e);

        setField(s, "seq", 2L);
        assertFalse(s.matches(e));
        setField(s, "seq", 1L);
        setField(s, "previousHash", "f".repeat(64));
        assertFalse(s.matches(e));
    }
}
