package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.haven.audit.domain.AuditTestSupport.T0;
import static org.haven.audit.domain.AuditTestSupport.getField;
import static org.haven.audit.domain.AuditTestSupport.record;
import static org.haven.audit.domain.AuditTestSupport.setField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditChainHeadTest {

    /** The head as the first migration inserts it: no entry yet, the genesis hash. */
    private static AuditChainHead genesisHead() {
        AuditChainHead head = new AuditChainHead();
        setField(head, "id", AuditChainHead.ID);
        setField(head, "lastEntryId", 0L);
        setField(head, "lastHash", AuditHash.GENESIS);
        return head;
    }

    @Test
    void appendNumbersEntriesConsecutivelyAndMovesTheHead() {
        AuditChainHead head = genesisHead();

        AuditEntry first = head.append(T0, record(1));
        AuditEntry second = head.append(T0.plusSeconds(1), record(2));

        assertEquals(1L, first.id());
        assertEquals(2L, second.id());
        assertEquals(AuditHash.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(2L, head.lastEntryId());
        assertEquals(second.hash(), getField(head, "lastHash"));
    }

    @Test
    void appendedEntriesVerifyAsAChain() {
        AuditChainHead head = genesisHead();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            entries.add(head.append(T0.plusMillis(i), record(i)));
        }

        assertNull(ChainVerification.firstBreak(entries, 0, AuditHash.GENESIS));
        assertEquals(20L, head.lastEntryId());
    }

    @Test
    void appendContinuesFromAHeadInTheMiddleOfTheChain() {
        AuditChainHead head = genesisHead();
        setField(head, "lastEntryId", 1_000L);
        setField(head, "lastHash", "c".repeat(64));

        AuditEntry next = head.append(Instant.parse("2025-01-01T00:00:00Z"), record(1));

        assertEquals(1_001L, next.id());
        assertEquals("c".repeat(64), next.previousHash());
        assertNull(ChainVerification.firstBreak(List.of(next), 1_000L, "c".repeat(64)));
    }
}
