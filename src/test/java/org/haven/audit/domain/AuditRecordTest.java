package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditRecordTest {

    @Test
    void actorIsTruncatedTo64Characters() {
        String longActor = "a".repeat(64) + "overflow";

        AuditRecord r = new AuditRecord(null, longActor, null, "X", null, null, null, null);

        assertEquals(AuditRecord.ACTOR_MAX, r.actor().length());
        assertEquals("a".repeat(64), r.actor());
    }

    @Test
    void actorOfExactly64IsKept() {
        String actor = "b".repeat(64);

        assertSame(actor, new AuditRecord(null, actor, null, "X", null, null, null, null).actor());
    }

    @Test
    void detailIsTruncatedTo500Characters() {
        String detail = "0123456789".repeat(60);

        AuditRecord r = new AuditRecord(null, "system", null, "X", null, null, null, detail);

        assertEquals(AuditRecord.DETAIL_MAX, r.detail().length());
        assertEquals(detail.substring(0, 500), r.detail());
    }

    @Test
    void detailOfExactly500IsKept() {
        String detail = "d".repeat(500);

        assertEquals(detail, new AuditRecord(null, "system", null, "X", null, null, null, detail).detail());
    }

    @Test
    void nullDetailStaysNull() {
        assertNull(new AuditRecord(null, "system", null, "X", null, null, null, null).detail());
    }

    @Test
    void actorAndActionAreRequired() {
        assertThrows(NullPointerException.class, () -> new AuditRecord(null, null, null, "X", null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new AuditRecord(null, "system", null, null, null, null, null, null));
    }

    @Test
    void otherFieldsAreKeptAsGiven() {
        AuditRecord r = new AuditRecord(5L, "alice", "referent", "CASE_OPENED", "case", "99", 3L, "x");

        assertEquals(5L, r.actorAccountId());
        assertEquals("referent", r.actorRole());
        assertEquals("CASE_OPENED", r.action());
        assertEquals("case", r.recordType());
        assertEquals("99", r.recordId());
        assertEquals(3L, r.schoolId());
    }

    @Test
    void actorDidBuildsARecordWithItsIdentity() {
        Actor alice = new Actor(5L, "alice", "teacher");

        AuditRecord r = alice.did("CASE_OPENED", "case", 123L, 9L, "note");

        assertEquals(new AuditRecord(5L, "alice", "teacher", "CASE_OPENED", "case", "123", 9L, "note"), r);
        assertNull(Actor.SYSTEM.did("STARTED", null, null, null, null).recordId());
        assertEquals("system", Actor.SYSTEM.did("STARTED", null, null, null, null).actor());
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String detail = "x".repeat(499) + "\uD83D\uDE00" + "tail";

        String kept = new AuditRecord(null, "system", null, "X", null, null, null, detail).detail();

        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "lone high surrogate at the end");
    }
}
