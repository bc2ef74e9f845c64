package org.haven.evidence.infrastructure;

import org.haven.evidence.domain.CustodyEntry;
import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceLink;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.TakedownRequest;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chunk table in memory, for {@link SealedBlobs} without a database (tests, and the evidence benchmark, which
 * also overrides the chunk methods with a real table); the rest of the repository is unused.
 */
public class InMemoryChunks implements EvidenceRepository {

    final Map<String, byte[]> chunks = new TreeMap<>();

    static String key(long fileId, int seq) {
        return fileId + "/" + seq;
    }

    /** A file as JPA would give it, with its id. */
    public static EvidenceFile file(long id) {
        EvidenceFile f = new EvidenceFile(new EvidenceOwner(EvidenceOwner.Kind.REPORT, 1, 1), "a.png", "image/png",
                EvidenceSource.STAFF_PANEL, "referent", 1L, null, Instant.EPOCH);
        try {
            Field field = EvidenceFile.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(f, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    public static SealedBlobs blobs(InMemoryChunks repo, EvidenceKeyRing ring) {
        SealedBlobs blobs = new SealedBlobs();
        blobs.repository = repo;
        blobs.keys = new EvidenceKeys() {
            @Override
            public EvidenceKeyRing ring() {
                return ring;
            }
        };
        return blobs;
    }

    @Override
    public void addChunk(long fileId, int seq, byte[] sealed) {
        chunks.put(key(fileId, seq), sealed);
    }

    @Override
    public Optional<byte[]> chunk(long fileId, int seq) {
        return Optional.ofNullable(chunks.get(key(fileId, seq))).map(byte[]::clone);
    }

    @Override
    public Optional<EvidenceChunk> chunkForUpdate(long fileId, int seq) {
        byte[] data = chunks.get(key(fileId, seq));
        if (data == null) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceChunk(fileId, seq, data) {
            @Override
            public void replace(byte[] sealed) {
                chunks.put(key(fileId, seq), sealed);
            }
        });
    }

    @Override
    public long storedChunks(long fileId) {
        return chunks.keySet().stream().filter(k -> k.startsWith(fileId + "/")).count();
    }

    @Override
    public void shredChunks(long fileId) {
        chunks.keySet().removeIf(k -> k.startsWith(fileId + "/"));
    }

    @Override
    public EvidenceFile add(EvidenceFile file) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<EvidenceFile> byId(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<EvidenceFile> forUpdate(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<EvidenceFile> inSchools(long id, Collection<Long> schoolIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EvidenceFile> ofOwner(EvidenceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countOfOwner(EvidenceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> notUnderKey(String keyId, long afterId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> liveAfter(long afterId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(CustodyEntry entry) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustodyEntry> custody(long evidenceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustodyEntry> custodyOfOwner(EvidenceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EvidenceLink add(EvidenceLink link) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EvidenceLink> links(EvidenceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TakedownRequest add(TakedownRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TakedownRequest> takedown(long id, Collection<Long> schoolIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TakedownRequest> takedowns(EvidenceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TakedownRequest> unanswered(Instant sentBefore, int limit) {
        throw new UnsupportedOperationException();
    }
}
