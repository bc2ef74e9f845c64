package org.haven.cases.domain;

import org.haven.platform.errors.Conflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static CaseFile opened() {
        return new CaseFile(1, "fr-secondary", 1, CaseOrigin.STAFF, null, "INSULTS", "x", null, null, Set.of(),
                Set.of(), 9L, T0);
    }

    @Test
    void theTableAllowsExactlyTheLifecycleMoves() {
        List<List<Object>> allowed = List.of(
                List.of(CaseStatus.OPEN, CaseAction.WORK, CaseStatus.IN_PROTOCOL),
                List.of(CaseStatus.IN_PROTOCOL, CaseAction.WORK, CaseStatus.IN_PROTOCOL),
                List.of(CaseStatus.REOPENED, CaseAction.WORK, CaseStatus.REOPENED),
                List.of(CaseStatus.OPEN, CaseAction.CLOSE, CaseStatus.CLOSED),
                List.of(CaseStatus.IN_PROTOCOL, CaseAction.CLOSE, CaseStatus.CLOSED),
                List.of(CaseStatus.REOPENED, CaseAction.CLOSE, CaseStatus.CLOSED),
                List.of(CaseStatus.CLOSED, CaseAction.REOPEN, CaseStatus.REOPENED));
        for (CaseAction action : CaseAction.values()) {
            for (CaseStatus from : CaseStatus.values()) {
                CaseStatus to = action.from(from).orElse(null);
                boolean legal = to != null;
                assertEquals(legal, action.allowedFrom(from), from + " by " + action);
                assertEquals(legal, allowed.stream().anyMatch(r -> r.get(0) == from && r.get(1) == action),
                        from + " by " + action);
                if (legal) {
                    assertTrue(allowed.contains(List.of(from, action, to)), from + " by " + action + " -> " + to);
                }
            }
            assertFalse(action.allowedFrom(null));
        }
    }

    @Test
    void aCaseRecordsARowForEachChangeOfStatus() {
        CaseFile c = opened();
        CaseTransition opening = CaseTransition.opened(c);
        assertNull(opening.from());
        assertEquals(CaseStatus.OPEN, opening.to());
        assertEquals(CaseAction.OPEN_CASE, opening.action());
        assertEquals(9L, opening.by());

        CaseTransition worked = c.enterProtocol(4L, T0.plusSeconds(60)).orElseThrow();
        assertEquals(CaseStatus.OPEN, worked.from());
        assertEquals(CaseStatus.IN_PROTOCOL, worked.to());
        assertEquals(CaseAction.WORK, worked.action());
        assertEquals(4L, worked.by());
        assertTrue(c.enterProtocol(4L, T0.plusSeconds(90)).isEmpty(), "no row when the status stays");

        CaseTransition closed = c.close("Fini.", 5L, T0.plusSeconds(120));
        assertEquals(CaseStatus.IN_PROTOCOL, closed.from());
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(T0.plusSeconds(120), closed.at());

        CaseTransition reopened = c.reopen(5L, T0.plusSeconds(180));
        assertEquals(CaseStatus.CLOSED, reopened.from());
        assertEquals(CaseStatus.REOPENED, reopened.to());
        assertTrue(c.enterProtocol(4L, T0.plusSeconds(240)).isEmpty(), "a reopened case stays reopened");
        assertEquals(CaseStatus.REOPENED, c.status());
    }

    @Test
    void anIllegalMoveIsRefusedAsAConflictAndChangesNothing() {
        CaseFile c = opened();
        IllegalCaseTransition e = assertThrows(IllegalCaseTransition.class, () -> c.reopen(5L, T0));
        assertInstanceOf(Conflict.class, e);
        assertEquals(CaseStatus.OPEN, e.from());
        assertEquals(CaseAction.REOPEN, e.action());
        assertEquals("case.transition.illegal", e.errors().get(0).key());
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(0, c.cycle());

        c.close("Fini.", 5L, T0);
        assertThrows(IllegalCaseTransition.class, () -> c.close("Encore.", 5L, T0));
        assertThrows(IllegalCaseTransition.class, () -> c.enterProtocol(5L, T0));
        assertEquals("Fini.", c.closingSummary());
    }
}
