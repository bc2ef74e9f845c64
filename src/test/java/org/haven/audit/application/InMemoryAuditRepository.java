package org.haven.audit.application;

import org.haven.audit.domain.AuditCheckpoint;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainHead;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit tables in memory, as committed rows: each call is what another transaction sees after commit.
 * {@link #seal} applies all or nothing, like the sealer's transaction; {@link #failNextSeal} makes it fail
 * (a crash before that commit).
 */
final class InMemoryAuditRepository implements AuditRepository {

    final TreeMap<Long, AuditEntry> entries = new TreeMap<>();
    final TreeSet<Long> pending = new TreeSet<>();
    final TreeMap<Long, AuditSeal> seals = new TreeMap<>();
    final TreeMap<Long, AuditCheckpoint> checkpoints = new TreeMap<>();
    ChainHead head = ChainHead.GENESIS;
    boolean headHeldElsewhere;
    boolean failNextSeal;
    private long nextId = 1;

    @Override
    public void add(AuditEntry entry) {
        commitAs(nextId++, entry);
    }

    /** An entry whose transaction took number {@code id} and commits now, maybe after higher numbers. */
    void commitAs(long id, AuditEntry entry) {
        setId(entry, id);
        entries.put(id, entry);
        pending.add(id);
        nextId = Math.max(nextId, id + 1);
    }

    static void setId(AuditEntry entry, long id) {
        try {
            Field f = AuditEntry.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entry, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public Optional<ChainHead> lockHead(boolean wait) {
        return headHeldElsewhere && !wait ? Optional.empty() : Optional.of(head);
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public List<AuditEntry> pending(int limit) {
        return pending.stream().filter(entries::containsKey).limit(limit).map(entries::get).toList();
    }

    @Override
    public List<Long> pendingWithoutEntry(int limit) {
        return pending.stream().filter(id -> !entries.containsKey(id)).limit(limit).toList();
    }

    @Override
    public void seal(ChainHead.Sealed sealed, AuditCheckpoint checkpoint, Collection<Long> doneEntryIds) {
        if (failNextSeal) {
            failNextSeal = false;
            throw new IllegalStateException("the instance died before the sealing transaction committed");
        }
        sealed.seals().forEach(s -> seals.put(s.seq(), s));
        checkpoints.put(checkpoint.seq(), checkpoint);
        head = sealed.head();
        pending.removeAll(doneEntryIds);
    }

    @Override
    public List<AuditSeal> sealsAfter(long afterSeq, int limit) {
        return seals.tailMap(afterSeq, false).values().stream().limit(limit).toList();
    }

    @Override
    public Map<Long, AuditEntry> entries(Collection<Long> ids) {
        return ids.stream().filter(entries::containsKey).distinct()
                .collect(Collectors.toMap(id -> id, entries::get));
    }

    @Override
    public Map<Long, String> checkpoints(long fromSeq, long toSeq) {
        return checkpoints.subMap(fromSeq, true, toSeq, true).values().stream()
                .collect(Collectors.toMap(AuditCheckpoint::seq, AuditCheckpoint::hash));
    }

    @Override
    public Optional<AuditCheckpoint> lastCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.lastEntry().getValue());
    }

    @Override
    public long pendingCount() {
        return pending.size();
    }

    @Override
    public Optional<Long> entryNeitherSealedNorPending() {
        var sealedIds = seals.values().stream().map(AuditSeal::entryId).collect(Collectors.toSet());
        return entries.keySet().stream().filter(id -> !sealedIds.contains(id) && !pending.contains(id)).findFirst();
    }

    @Override
    public long entryCount() {
        return entries.size();
    }

    @Override
    public boolean pendingAlreadySealed() {
        return seals.values().stream().anyMatch(s -> pending.contains(s.entryId()));
    }

    @Override
    public Optional<Long> entrySealedTwice() {
        return seals.values().stream().collect(Collectors.groupingBy(AuditSeal::entryId, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .min(Comparator.naturalOrder());
    }

    @Override
    public void forgetReadRows() {
    }

    @Override
    public List<AuditEntry> page(org.haven.audit.domain.AuditQuery query, Long beforeId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, Long> sealPositions(Collection<Long> entryIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditEntry> forRecord(String recordType, String recordId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditEntry> withAction(String action, int limit) {
        throw new UnsupportedOperationException();
    }
}
