package org.haven.audit.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.haven.audit.domain.AuditTestSupport.entries;
import static org.haven.audit.domain.AuditTestSupport.entry;
import static org.haven.audit.domain.AuditTestSupport.setField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every kind of tampering with stored rows that the walk must reveal, with its position. */
class ChainWalkTest {

    private List<AuditSeal> seals;
    private Map<Long, AuditEntry> entries;
    private Map<Long, String> checkpoints;
    private ChainHead head;

    @BeforeEach
    void tenSealedEntries() {
        List<AuditEntry> stored = entries(10);
        ChainHead.Sealed sealed = ChainHead.GENESIS.seal(stored);
        seals = new ArrayList<>(sealed.seals());
        entries = new HashMap<>();
        stored.forEach(e -> entries.put(e.id(), e));
        checkpoints = new HashMap<>();
        head = sealed.head();
    }

    private ChainWalk.Break walk() {
        ChainWalk walk = new ChainWalk();
        ChainWalk.Break found = walk.check(seals, entries, checkpoints);
        return found != null ? found : walk.checkEnd(head, null);
    }

    private static ChainWalk.Break at(ChainVerification.Problem problem, long position) {
        return new ChainWalk.Break(problem, position);
    }

    @Test
    void anIntactChainPassesWholeOrInRuns() {
        assertNull(walk());

        ChainWalk inRuns = new ChainWalk();
        assertNull(inRuns.check(seals.subList(0, 4), entries, checkpoints));
        assertNull(inRuns.check(seals.subList(4, 10), entries, checkpoints));
        assertNull(inRuns.checkEnd(head, null));
        assertEquals(10, inRuns.checked());
    }

    @Test
    void anEmptyLogPasses() {
        assertNull(new ChainWalk().checkEnd(ChainHead.GENESIS, null));
    }

    @Test
    void aChangedEntryIsReportedAtItsPosition() {
        setField(entries.get(4L), "detail", "rewritten");

        assertEquals(at(ChainVerification.Problem.CHANGED, 4), walk());
    }

    @Test
    void aDeletedEntryIsReportedAtItsPosition() {
        entries.remove(5L);

        assertEquals(at(ChainVerification.Problem.ENTRY_MISSING, 5), walk());
    }

    @Test
    void aDeletedSealIsReportedAsAGap() {
        seals.remove(5);

        assertEquals(at(ChainVerification.Problem.SEAL_MISSING, 6), walk());
    }

    @Test
    void swappingWhichEntriesTwoSealsNameIsReported() {
        setField(seals.get(2), "entryId", 4L);
        setField(seals.get(3), "entryId", 3L);

        assertEquals(at(ChainVerification.Problem.CHANGED, 3), walk());
    }

    @Test
    void swappingThePositionsOfTwoSealsIsReported() {
        AuditSeal third = seals.get(2);
        AuditSeal fourth = seals.get(3);
        setField(third, "seq", 4L);
        setField(fourth, "seq", 3L);
        seals.set(2, fourth);
        seals.set(3, third);

        assertEquals(at(ChainVerification.Problem.LINK_BROKEN, 3), walk());
    }

    @Test
    void anInsertedSealBreaksTheLinkAfterIt() {
        AuditEntry forged = entry(99);
        entries.put(99L, forged);
        seals.add(5, AuditSeal.of(6, seals.get(4).hash(), forged));
        for (int i = 6; i < seals.size(); i++) {
            setField(seals.get(i), "seq", (long) i + 1);
        }

        assertEquals(at(ChainVerification.Problem.LINK_BROKEN, 7), walk());
    }

    @Test
    void aChainRewrittenFromSomePointIsCaughtByAKeptCheckpoint() {
        checkpoints.put(8L, seals.get(7).hash());
        entries.put(6L, setDetail(entry(6), "rewritten"));
        ChainHead from = new ChainHead(5, seals.get(4).hash());
        ChainHead.Sealed rewritten = from.seal(List.of(entries.get(6L), entries.get(7L), entries.get(8L),
                entries.get(9L), entries.get(10L)));
        seals = new ArrayList<>(seals.subList(0, 5));
        seals.addAll(rewritten.seals());
        head = rewritten.head();

        assertEquals(at(ChainVerification.Problem.CHECKPOINT_MISMATCH, 8), walk());
    }

    @Test
    void sealsRemovedFromTheEndAreCaughtByTheHead() {
        seals = new ArrayList<>(seals.subList(0, 8));

        assertEquals(at(ChainVerification.Problem.HEAD_MISMATCH, 9), walk());
    }

    @Test
    void sealsRemovedFromTheEndWithTheHeadMovedBackAreCaughtByTheLastCheckpoint() {
        AuditCheckpoint last = new AuditCheckpoint(head, 10, AuditTestSupport.T0);
        head = new ChainHead(8, seals.get(7).hash());
        seals = new ArrayList<>(seals.subList(0, 8));

        ChainWalk walk = new ChainWalk();
        assertNull(walk.check(seals, entries, checkpoints));
        assertEquals(at(ChainVerification.Problem.SEAL_MISSING, 9), walk.checkEnd(head, last));
    }

    @Test
    void aSealAppendedBehindTheSealerIsCaughtByTheHead() {
        AuditEntry extra = entry(11);
        entries.put(11L, extra);
        seals.add(AuditSeal.of(11, head.lastHash(), extra));

        assertEquals(at(ChainVerification.Problem.HEAD_MISMATCH, 11), walk());
    }

    private static AuditEntry setDetail(AuditEntry e, String detail) {
        setField(e, "detail", detail);
        return e;
    }
}
