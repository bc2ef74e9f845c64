package org.haven.audit.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.haven.audit.domain.AuditTestSupport.entries;
import static org.haven.audit.domain.AuditTestSupport.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChainHeadTest {

    @Test
    void sealingNumbersEntriesAfterTheHeadInTheOrderGiven() {
        ChainHead head = new ChainHead(41, "c".repeat(64));

        ChainHead.Sealed sealed = head.seal(List.of(entry(9), entry(3)));

        assertEquals(List.of(42L, 43L), sealed.seals().stream().map(AuditSeal::seq).toList());
        assertEquals(List.of(9L, 3L), sealed.seals().stream().map(AuditSeal::entryId).toList());
        assertEquals("c".repeat(64), sealed.seals().getFirst().previousHash());
        assertEquals(sealed.seals().getFirst().hash(), sealed.seals().getLast().previousHash());
        assertEquals(new ChainHead(43, sealed.seals().getLast().hash()), sealed.head());
    }

    @Test
    void sealingNothingKeepsTheHead() {
        assertEquals(ChainHead.GENESIS, ChainHead.GENESIS.seal(List.of()).head());
    }

    @Test
    void sealingInTwoRunsGivesTheSameChainAsInOne() {
        List<AuditEntry> all = entries(6);

        ChainHead.Sealed once = ChainHead.GENESIS.seal(all);
        ChainHead.Sealed first = ChainHead.GENESIS.seal(all.subList(0, 2));
        ChainHead.Sealed second = first.head().seal(all.subList(2, 6));

        assertEquals(once.head(), second.head());
        assertNotEquals(first.head(), second.head());
    }
}
