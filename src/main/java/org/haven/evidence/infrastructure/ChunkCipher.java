package org.haven.evidence.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for evidence, one chunk at a time. Each sealed chunk is {@code nonce (12 bytes) || ciphertext ||
 * tag (16 bytes)} with a fresh random nonce. The associated data binds the chunk to its file id, its place in
 * the file and whether it is the last one, so that chunks cannot be swapped between files, reordered, dropped
 * or the file cut short without the tag check failing. The SHA-256 of the original is sealed the same way,
 * bound to the file id.
 */
public final class ChunkCipher {

    public static final int NONCE_BYTES = 12;
    public static final int TAG_BITS = 128;
    public static final int OVERHEAD = NONCE_BYTES + TAG_BITS / 8;
    private static final byte[] CHUNK_CONTEXT = "haven-evidence-chunk-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGEST_CONTEXT = "haven-evidence-sha256-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChunkCipher() {
    }

    /** Thrown when a sealed value was altered, moved or opened under the wrong key. */
    public static final class TamperedException extends Exception {
        public TamperedException(String message) {
            super(message);
        }
    }

    public static byte[] sealChunk(SecretKey key, long fileId, int seq, boolean last, byte[] plain, int length) {
        return seal(key, chunkAad(fileId, seq, last), plain, length);
    }

    public static byte[] openChunk(SecretKey key, long fileId, int seq, boolean last, byte[] sealed)
            throws TamperedException {
        return open(key, chunkAad(fileId, seq, last), sealed);
    }

    public static byte[] sealDigest(SecretKey key, long fileId, byte[] digest) {
        return seal(key, digestAad(fileId), digest, digest.length);
    }

    public static byte[] openDigest(SecretKey key, long fileId, byte[] sealed) throws TamperedException {
        return open(key, digestAad(fileId), sealed);
    }

    static byte[] chunkAad(long fileId, int seq, boolean last) {
        return ByteBuffer.allocate(CHUNK_CONTEXT.length + 13).put(CHUNK_CONTEXT).putLong(fileId).putInt(seq)
                .put((byte) (last ? 1 : 0)).array();
    }

    static byte[] digestAad(long fileId) {
        return ByteBuffer.allocate(DIGEST_CONTEXT.length + 8).put(DIGEST_CONTEXT).putLong(fileId).array();
    }

    private static byte[] seal(SecretKey key, byte[] aad, byte[] plain, int length) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] out = new byte[NONCE_BYTES + c.getOutputSize(length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            int n = c.doFinal(plain, 0, length, out, NONCE_BYTES);
            return n + NONCE_BYTES == out.length ? out : Arrays.copyOf(out, NONCE_BYTES + n);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] aad, byte[] sealed) throws TamperedException {
        if (sealed == null || sealed.length < OVERHEAD) {
            throw new TamperedException("too short to be a sealed value");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            c.updateAAD(aad);
            return c.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new TamperedException("authentication tag mismatch");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
