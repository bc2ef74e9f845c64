package org.haven.audit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of the audit log: entries (written by everyone), seals and the head (written by the sealer only). */
public interface AuditRepository {

    /** Stores the entry (numbering it) and its pending mark, in the current transaction. Takes no shared lock. */
    void add(AuditEntry entry);

    /**
     * The head of the sealed chain, locked until the current transaction ends. With {@code wait} false, empty at
     * once when another sealer holds it (SKIP LOCKED), so that sealing runs once however many instances try.
     */
    Optional<ChainHead> lockHead(boolean wait);

    /** The head as last committed, not locked. */
    ChainHead head();

    /** Committed entries waiting to be sealed, in id order, at most {@code limit}. */
    List<AuditEntry> pending(int limit);

    /** Pending marks whose entry does not exist (only possible if rows were deleted behind the application). */
    List<Long> pendingWithoutEntry(int limit);

    /** Stores the seals, the new head and its checkpoint, and removes the pending marks of the sealed entries. */
    void seal(ChainHead.Sealed sealed, AuditCheckpoint checkpoint, Collection<Long> doneEntryIds);

    /** Seals after position {@code afterSeq}, in order, at most {@code limit}. */
    List<AuditSeal> sealsAfter(long afterSeq, int limit);

    /** The stored entries with these ids. */
    Map<Long, AuditEntry> entries(Collection<Long> ids);

    /** The hashes of the checkpoints kept at positions from {@code fromSeq} to {@code toSeq}. */
    Map<Long, String> checkpoints(long fromSeq, long toSeq);

    Optional<AuditCheckpoint> lastCheckpoint();

    long pendingCount();

    /** An entry that is neither sealed nor pending, if any. */
    Optional<Long> entryNeitherSealedNorPending();

    /** How many entries are stored. */
    long entryCount();

    /** True when a pending mark names an entry that is already sealed (only possible behind the application). */
    boolean pendingAlreadySealed();

    /** An entry named by two seals, if any. */
    Optional<Long> entrySealedTwice();

    /** Forgets the rows read so far in this transaction (a long walk must not keep the whole log in memory). */
    void forgetReadRows();

    /** The newest entries about one record, newest first. */
    List<AuditEntry> forRecord(String recordType, String recordId, int limit);

    /** Entries matching the query with an id below {@code beforeId} (none: from the newest), newest first. */
    List<AuditEntry> page(AuditQuery query, Long beforeId, int limit);

    /** The chain position of each of these entries that is sealed (an entry not in the map is pending). */
    Map<Long, Long> sealPositions(Collection<Long> entryIds);

    /** The newest entries with one of the given actions, newest first. */
    List<AuditEntry> withAction(String action, int limit);
}
