package org.haven.evidence.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChunkCipherTest {

    static final SecretKey KEY = key(1);
    static final byte[] PLAIN = "a screenshot of a threatening message".getBytes(StandardCharsets.UTF_8);

    static SecretKey key(int seed) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) seed);
        return new SecretKeySpec(raw, "AES");
    }

    @Test
    void aChunkOpensToWhatWasSealed() throws Exception {
        byte[] sealed = ChunkCipher.sealChunk(KEY, 7, 0, true, PLAIN, PLAIN.length);

        assertEquals(PLAIN.length + ChunkCipher.OVERHEAD, sealed.length);
        assertArrayEquals(PLAIN, ChunkCipher.openChunk(KEY, 7, 0, true, sealed));
    }

    @Test
    void theSameBytesNeverSealAlike() {
        assertFalse(Arrays.equals(ChunkCipher.sealChunk(KEY, 7, 0, true, PLAIN, PLAIN.length),
                ChunkCipher.sealChunk(KEY, 7, 0, true, PLAIN, PLAIN.length)), "a fresh nonce each time");
    }

    @Test
    void aSingleFlippedBitIsDetected() {
        byte[] sealed = ChunkCipher.sealChunk(KEY, 7, 0, true, PLAIN, PLAIN.length);
        for (int i : new int[]{0, ChunkCipher.NONCE_BYTES, sealed.length / 2, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 1;
            assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(KEY, 7, 0, true, tampered),
                    "bit at " + i);
        }
        assertThrows(ChunkCipher.TamperedException.class,
                () -> ChunkCipher.openChunk(KEY, 7, 0, true, Arrays.copyOf(sealed, 10)));
    }

    @Test
    void aChunkMovedToAnotherFileOrPlaceOrMarkedLastDoesNotOpen() {
        byte[] sealed = ChunkCipher.sealChunk(KEY, 7, 1, false, PLAIN, PLAIN.length);

        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(KEY, 8, 1, false, sealed),
                "swapped into another file");
        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(KEY, 7, 0, false, sealed),
                "reordered");
        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(KEY, 7, 1, true, sealed),
                "the file cut after it");
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        byte[] sealed = ChunkCipher.sealChunk(KEY, 7, 0, true, PLAIN, PLAIN.length);
        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(key(2), 7, 0, true, sealed));
    }

    @Test
    void theDigestIsSealedForItsFileOnly() throws Exception {
        byte[] digest = new byte[32];
        digest[3] = 9;
        byte[] sealed = ChunkCipher.sealDigest(KEY, 5, digest);

        assertArrayEquals(digest, ChunkCipher.openDigest(KEY, 5, sealed));
        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openDigest(KEY, 6, sealed));
        assertThrows(ChunkCipher.TamperedException.class, () -> ChunkCipher.openChunk(KEY, 5, 0, true, sealed),
                "a digest is no chunk");
    }
}
