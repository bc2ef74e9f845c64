package org.haven.evidence.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of evidence files, their sealed chunks, links, custody and takedown requests. */
public interface EvidenceRepository {

    EvidenceFile add(EvidenceFile file);

    void addChunk(long fileId, int seq, byte[] sealed);

    /** The stored bytes of one chunk, read afresh from the database (never from a cache). */
    Optional<byte[]> chunk(long fileId, int seq);

    /** Locks one chunk row for an in-place re-seal. */
    Optional<EvidenceChunk> chunkForUpdate(long fileId, int seq);

    long storedChunks(long fileId);

    /** Overwrites every chunk of the file with zeros, then deletes them. */
    void shredChunks(long fileId);

    Optional<EvidenceFile> byId(long id);

    /** Locks the file row: rotation and purge never work on one file at the same time. */
    Optional<EvidenceFile> forUpdate(long id);

    /** A live (not purged) file of one of these schools, or nothing: the record scope is in the query. */
    Optional<EvidenceFile> inSchools(long id, Collection<Long> schoolIds);

    List<EvidenceFile> ofOwner(EvidenceOwner owner);

    long countOfOwner(EvidenceOwner owner);

    /** Ids of live files not sealed under this key (legacy clear blobs included), after an id, in id order. */
    List<Long> notUnderKey(String keyId, long afterId, int limit);

    /** Ids of every live (not purged) file after an id, in id order: the integrity check walks them all. */
    List<Long> liveAfter(long afterId, int limit);

    void add(CustodyEntry entry);

    List<CustodyEntry> custody(long evidenceId);

    /** Custody of every file of the owner, oldest first. */
    List<CustodyEntry> custodyOfOwner(EvidenceOwner owner);

    EvidenceLink add(EvidenceLink link);

    List<EvidenceLink> links(EvidenceOwner owner);

    TakedownRequest add(TakedownRequest request);

    Optional<TakedownRequest> takedown(long id, Collection<Long> schoolIds);

    List<TakedownRequest> takedowns(EvidenceOwner owner);

    /** Sent requests without an answer, sent before the limit and not reminded since the limit. */
    List<TakedownRequest> unanswered(Instant sentBefore, int limit);
}
