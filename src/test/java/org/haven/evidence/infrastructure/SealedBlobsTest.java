package org.haven.evidence.infrastructure;

import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedBlobsTest {

    static final EvidenceKeyRing OLD = EvidenceKeyRing.parse("2025:" + EvidenceKeyRingTest.b64(1), null, null)
            .orElseThrow();
    static final EvidenceKeyRing NEW = EvidenceKeyRing.parse("2026:" + EvidenceKeyRingTest.b64(2),
            "2025:" + EvidenceKeyRingTest.b64(1), null).orElseThrow();

    final InMemoryChunks repo = new InMemoryChunks();

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    EvidenceFile store(SealedBlobs blobs, long id, byte[] content) throws Exception {
        EvidenceFile f = InMemoryChunks.file(id);
        SealedBlobs.Written w = blobs.write(id, new ByteArrayInputStream(content));
        f.sealed(w.size(), w.chunks(), w.sealedSha256(), w.keyId());
        return f;
    }

    static byte[] read(SealedBlobs blobs, EvidenceFile f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blobs.copyTo(f, out);
        return out.toByteArray();
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByteWithItsSha256() throws Exception {
        SealedBlobs blobs = InMemoryChunks.blobs(repo, OLD);
        byte[] content = bytes(EvidenceChunk.SIZE * 2 + 12345);

        EvidenceFile f = InMemoryChunks.file(10);
        SealedBlobs.Written w = blobs.write(10, new ByteArrayInputStream(content));
        f.sealed(w.size(), w.chunks(), w.sealedSha256(), w.keyId());

        assertEquals(3, w.chunks());
        assertEquals(content.length, w.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), w.sha256Hex());
        assertEquals("2025", w.keyId());
        assertTrue(blobs.verify(f).intact());
        assertArrayEquals(content, read(blobs, f));
        try (InputStream in = blobs.open(f)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(SealedBlobs.TAIL, w.tail().length);
        assertArrayEquals(java.util.Arrays.copyOfRange(content, content.length - SealedBlobs.TAIL, content.length),
                w.tail());
    }

    @Test
    void nothingOfTheContentOrItsHashIsStoredInClear() throws Exception {
        SealedBlobs blobs = InMemoryChunks.blobs(repo, OLD);
        byte[] content = "Tu vas le regretter, on sait où tu habites".repeat(50).getBytes();
        EvidenceFile f = store(blobs, 11, content);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(content);

        for (byte[] stored : repo.chunks.values()) {
            assertFalse(contains(stored, java.util.Arrays.copyOf(content, 16)));
            assertFalse(contains(stored, sha));
        }
        assertFalse(contains(f.sha256Sealed(), sha));
        assertNull(f.legacySha256());
    }

    @Test
    void anAlteredChunkIsRefusedAndNeverStreamedOut() throws Exception {
        SealedBlobs blobs = InMemoryChunks.blobs(repo, OLD);
        EvidenceFile f = store(blobs, 12, bytes(EvidenceChunk.SIZE + 10));
        byte[] chunk = repo.chunks.get(InMemoryChunks.key(12, 1));
        chunk[20] ^= 0x40;

        SealedBlobs.Verification v = blobs.verify(f);

        assertFalse(v.intact());
        assertTrue(v.problem().contains("chunk 1"), v.problem());
        assertThrows(SealedBlobs.TamperedStreamException.class, () -> read(blobs, f));
    }

    @Test
    void swappedReorderedOrDroppedChunksAreDetected() throws Exception {
        SealedBlobs blobs = InMemoryChunks.blobs(repo, OLD);
        EvidenceFile a = store(blobs, 20, bytes(EvidenceChunk.SIZE * 2 + 1));
        EvidenceFile b = store(blobs, 21, bytes(EvidenceChunk.SIZE * 2 + 2));
        Map<String, byte[]> c = repo.chunks;

        byte[] a0 = c.get(InMemoryChunks.key(20, 0));
        c.put(InMemoryChunks.key(20, 0), c.get(InMemoryChunks.key(21, 0)));
        assertFalse(blobs.verify(a).intact(), "a chunk of another file");
        c.put(InMemoryChunks.key(20, 0), c.get(InMemoryChunks.key(20, 1)));
        c.put(InMemoryChunks.key(20, 1), a0);
        assertFalse(blobs.verify(a).intact(), "two chunks swapped in place");

        c.remove(InMemoryChunks.key(21, 2));
        b.sealed(b.sizeBytes(), 2, b.sha256Sealed(), b.keyId());
        assertFalse(blobs.verify(b).intact(), "the file cut after its second chunk, count adjusted");
    }

    @Test
    void rotationReSealsUnderTheNewKeyInPlaceAndTheOldKeyNoLongerOpensIt() throws Exception {
        byte[] content = bytes(EvidenceChunk.SIZE + 99);
        EvidenceFile f = store(InMemoryChunks.blobs(repo, OLD), 30, content);
        Map<String, byte[]> before = Map.copyOf(repo.chunks);
        SealedBlobs rotated = InMemoryChunks.blobs(repo, NEW);

        assertTrue(rotated.verify(f).intact(), "the new ring still reads the old key");
        rotated.reseal(f);

        assertEquals("2026", f.keyId());
        assertTrue(rotated.verify(f).intact());
        assertArrayEquals(content, read(rotated, f));
        assertEquals(before.keySet(), repo.chunks.keySet(), "re-sealed in place: no extra rows");
        before.forEach((k, v) -> assertFalse(java.util.Arrays.equals(v, repo.chunks.get(k)), k));
        assertThrows(IllegalStateException.class, () -> InMemoryChunks.blobs(repo, OLD).verify(f),
                "a ring without the new key cannot read it");
    }

    @Test
    void aLegacyClearBlobIsSealedByTheFirstRotation() throws Exception {
        byte[] content = bytes(5000);
        repo.addChunk(40, 0, content.clone());
        EvidenceFile legacy = InMemoryChunks.file(40);
        java.lang.reflect.Field sha = EvidenceFile.class.getDeclaredField("sha256");
        sha.setAccessible(true);
        sha.set(legacy, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        java.lang.reflect.Field count = EvidenceFile.class.getDeclaredField("chunkCount");
        count.setAccessible(true);
        count.set(legacy, 1);
        java.lang.reflect.Field size = EvidenceFile.class.getDeclaredField("sizeBytes");
        size.setAccessible(true);
        size.set(legacy, (long) content.length);
        SealedBlobs blobs = InMemoryChunks.blobs(repo, NEW);

        assertTrue(legacy.legacyClear());
        assertTrue(blobs.verify(legacy).intact());
        blobs.reseal(legacy);

        assertFalse(legacy.legacyClear());
        assertNull(legacy.legacySha256(), "the plain hash is gone");
        assertFalse(contains(repo.chunks.get(InMemoryChunks.key(40, 0)), java.util.Arrays.copyOf(content, 32)));
        assertArrayEquals(content, read(blobs, legacy));
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
