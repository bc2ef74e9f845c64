package org.haven.cases.application;

import org.haven.cases.domain.PartyRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case reference reads the case's parties only when asked, and once (issue 15: the case page's checks). */
class CaseRefTest {

    private final AtomicInteger reads = new AtomicInteger();

    private CaseGate.CaseRef ref() {
        return new CaseGate.CaseRef(7, "2026-0007", 3, true, true, () -> {
            reads.incrementAndGet();
            return List.of(new CaseGate.PartyRef(11, 101L, "Léa", PartyRole.TARGET),
                    new CaseGate.PartyRef(12, null, "« x »", PartyRole.ALLEGED_AUTHOR));
        });
    }

    @Test
    void partiesAreNotReadWhenNobodyAsks() {
        CaseGate.CaseRef ref = ref();
        assertEquals(7, ref.id());
        assertTrue(ref.works());
        assertEquals(0, reads.get());
    }

    @Test
    void partiesAreReadOnceAndFoundById() {
        CaseGate.CaseRef ref = ref();
        assertEquals(2, ref.parties().size());
        assertEquals("Léa", ref.party(11).orElseThrow().name());
        assertTrue(ref.party(99).isEmpty());
        assertEquals(1, reads.get());
    }
}
