package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2025-03-10T08:00:00.123456Z");
    private static final AuditRecord BASE = new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "case", "17",
            3L, "note");

    @Test
    void genesisIsSixtyFourZeros() {
        assertEquals(64, AuditHash.GENESIS.length());
        assertTrue(AuditHash.GENESIS.chars().allMatch(c -> c == '0'));
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        String hash = AuditHash.of(1, AT, BASE, AuditHash.GENESIS);

        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void hashIsDeterministic() {
        AuditRecord same = new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "case", "17", 3L, "note");

        assertEquals(AuditHash.of(1, AT, BASE, AuditHash.GENESIS), AuditHash.of(1, AT, same, AuditHash.GENESIS));
    }

    @Test
    void hashChangesWhenAnyFieldChanges() {
        String prev = AuditHash.GENESIS;
        List<String> hashes = List.of(
                AuditHash.of(1, AT, BASE, prev),
                AuditHash.of(2, AT, BASE, prev),
                AuditHash.of(1, AT.plusNanos(1_000), BASE, prev),
                AuditHash.of(1, AT, BASE, "1".repeat(64)),
                AuditHash.of(1, AT, new AuditRecord(43L, "alice", "teacher", "CASE_OPENED", "case", "17", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alicf", "teacher", "CASE_OPENED", "case", "17", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "referent", "CASE_OPENED", "case", "17", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "teacher", "CASE_CLOSED", "case", "17", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "kase", "17", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "case", "18", 3L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "case", "17", 4L, "note"), prev),
                AuditHash.of(1, AT, new AuditRecord(42L, "alice", "teacher", "CASE_OPENED", "case", "17", 3L, "nota"), prev));

        Set<String> distinct = new HashSet<>(hashes);

        assertEquals(hashes.size(), distinct.size(), "every field must be covered by the hash");
    }

    @Test
    void nullAndEmptyFieldsHashDifferently() {
        AuditRecord nullDetail = new AuditRecord(42L, "alice", null, "X", null, null, null, null);
        AuditRecord emptyDetail = new AuditRecord(42L, "alice", null, "X", null, null, null, "");
        AuditRecord emptyRole = new AuditRecord(42L, "alice", "", "X", null, null, null, null);
        AuditRecord emptyType = new AuditRecord(42L, "alice", null, "X", "", null, null, null);
        AuditRecord emptyId = new AuditRecord(42L, "alice", null, "X", null, "", null, null);

        Set<String> hashes = new HashSet<>(List.of(
                AuditHash.of(1, AT, nullDetail, AuditHash.GENESIS),
                AuditHash.of(1, AT, emptyDetail, AuditHash.GENESIS),
                AuditHash.of(1, AT, emptyRole, AuditHash.GENESIS),
                AuditHash.of(1, AT, emptyType, AuditHash.GENESIS),
                AuditHash.of(1, AT, emptyId, AuditHash.GENESIS)));

        assertEquals(5, hashes.size());
    }

    @Test
    void nullAccountIdHashesDifferentlyFromAnyAccountId() {
        AuditRecord anonymous = new AuditRecord(null, "anonymous", null, "LOGIN_FAILED", null, null, null, null);
        AuditRecord minusOne = new AuditRecord(-1L, "anonymous", null, "LOGIN_FAILED", null, null, null, null);

        assertNotEquals(AuditHash.of(1, AT, anonymous, AuditHash.GENESIS),
                AuditHash.of(1, AT, minusOne, AuditHash.GENESIS));
    }

    @Test
    void movingTextBetweenAdjacentFieldsChangesTheHash() {
        // Without length prefixes "ab"+"c" and "a"+"bc" would read the same.
        AuditRecord a = new AuditRecord(1L, "ab", null, "c", null, null, null, null);
        AuditRecord b = new AuditRecord(1L, "a", null, "bc", null, null, null, null);
        AuditRecord c = new AuditRecord(1L, "x", null, "X", "a|b", null, null, null);
        AuditRecord d = new AuditRecord(1L, "x", null, "X", "a", "b", null, null);

        assertNotEquals(AuditHash.of(1, AT, a, AuditHash.GENESIS), AuditHash.of(1, AT, b, AuditHash.GENESIS));
        assertNotEquals(AuditHash.of(1, AT, c, AuditHash.GENESIS), AuditHash.of(1, AT, d, AuditHash.GENESIS));
    }

    @Test
    void timeIsHashedToTheMicrosecond() {
        // The database keeps microseconds: nanoseconds below that must not change the hash.
        assertEquals(AuditHash.of(1, AT, BASE, AuditHash.GENESIS),
                AuditHash.of(1, AT.plusNanos(999), BASE, AuditHash.GENESIS));
        assertNotEquals(AuditHash.of(1, AT, BASE, AuditHash.GENESIS),
                AuditHash.of(1, AT.plusNanos(1_000), BASE, AuditHash.GENESIS));
    }

    @Test
    void timesBeforeTheEpochHashWithoutError() {
        Instant before = Instant.parse("1969-12-31T23:59:59.999999Z");

        assertNotEquals(AuditHash.of(1, before, BASE, AuditHash.GENESIS),
                AuditHash.of(1, Instant.EPOCH, BASE, AuditHash.GENESIS));
    }
}
