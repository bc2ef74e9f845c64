package org.haven.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;

/**
 * Evidence bytes in the database, sealed chunk by chunk ({@link ChunkCipher}): written from a stream, verified,
 * and read back as a stream, never more than two chunks in memory and never a clear copy on disk. A blob stored
 * before the vault (key id null) is read in clear until {@link #reseal} seals it.
 */
@ApplicationScoped
public class SealedBlobs {

    /** How many of the last bytes of a blob {@link Written#tail()} keeps (for truncation checks). */
    public static final int TAIL = 1024;

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceKeys keys;

    /** A blob as written: its size, chunk count, SHA-256 (plain, for the receipt) and sealed, key id, last bytes. */
    public record Written(long size, int chunks, byte[] sha256, byte[] sealedSha256, String keyId, byte[] tail) {
        public String sha256Hex() {
            return HexFormat.of().formatHex(sha256);
        }
    }

    /** What a verification found: intact, or why not (never with any content). */
    public record Verification(boolean intact, String problem) {
        static final Verification OK = new Verification(true, null);

        static Verification broken(String problem) {
            return new Verification(false, problem);
        }
    }

    /** Raised while streaming out when a chunk no longer opens. */
    public static final class TamperedStreamException extends IOException {
        TamperedStreamException(String message) {
            super(message);
        }
    }

    /**
     * Reads the stream to its end into sealed chunks of the (already persisted) file under the active key. The
     * last chunk is found by reading one chunk ahead, so that it is sealed as the last.
     */
    public Written write(long fileId, InputStream in) throws IOException {
        EvidenceKeyRing ring = keys.ring();
        SecretKey key = ring.active();
        MessageDigest sha = sha256();
        byte[] current = new byte[EvidenceChunk.SIZE];
        byte[] next = new byte[EvidenceChunk.SIZE];
        int n = in.readNBytes(current, 0, current.length);
        long size = 0;
        int seq = 0;
        byte[] tail = new byte[0];
        while (n > 0) {
            int m = n == current.length ? in.readNBytes(next, 0, next.length) : 0;
            boolean last = m <= 0;
            sha.update(current, 0, n);
            size += n;
            tail = tail(tail, current, n);
            repository.addChunk(fileId, seq, ChunkCipher.sealChunk(key, fileId, seq, last, current, n));
            seq++;
            byte[] swap = current;
            current = next;
            next = swap;
            n = m;
        }
        byte[] digest = sha.digest();
        Arrays.fill(current, (byte) 0);
        Arrays.fill(next, (byte) 0);
        return new Written(size, seq, digest, ChunkCipher.sealDigest(key, fileId, digest), ring.activeId(), tail);
    }

    /** Opens every chunk and compares the SHA-256 of the whole with the one taken at upload. */
    public Verification verify(EvidenceFile file) {
        byte[] expected;
        try {
            expected = expectedDigest(file);
        } catch (ChunkCipher.TamperedException e) {
            return Verification.broken("sealed SHA-256 does not open: " + e.getMessage());
        }
        MessageDigest sha = sha256();
        long stored = repository.storedChunks(file.id());
        if (stored != file.chunkCount()) {
            return Verification.broken("expected " + file.chunkCount() + " chunks, found " + stored);
        }
        for (int seq = 0; seq < file.chunkCount(); seq++) {
            try {
                sha.update(plainChunk(file, seq));
            } catch (ChunkCipher.TamperedException e) {
                return Verification.broken("chunk " + seq + ": " + e.getMessage());
            }
        }
        return MessageDigest.isEqual(expected, sha.digest()) ? Verification.OK
                : Verification.broken("SHA-256 mismatch");
    }

    /** The SHA-256 of the original as taken at upload. */
    public byte[] expectedDigest(EvidenceFile file) throws ChunkCipher.TamperedException {
        if (file.keyId() == null) {
            return file.legacySha256() == null ? new byte[32] : HexFormat.of().parseHex(file.legacySha256());
        }
        return ChunkCipher.openDigest(keys.ring().get(file.keyId()), file.id(), file.sha256Sealed());
    }

    /** Copies the plain bytes out, chunk by chunk; a chunk that no longer opens stops the copy with an error. */
    public void copyTo(EvidenceFile file, OutputStream out) throws IOException {
        for (int seq = 0; seq < file.chunkCount(); seq++) {
            try {
                out.write(plainChunk(file, seq));
            } catch (ChunkCipher.TamperedException e) {
                throw new TamperedStreamException("evidence " + file.id() + " chunk " + seq + " changed");
            }
        }
    }

    /** The plain bytes as a stream that opens one chunk at a time. */
    public InputStream open(EvidenceFile file) {
        return new InputStream() {
            private int seq;
            private byte[] buffer = new byte[0];
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (pos >= buffer.length) {
                    if (seq >= file.chunkCount()) {
                        return -1;
                    }
                    try {
                        buffer = plainChunk(file, seq++);
                    } catch (ChunkCipher.TamperedException e) {
                        throw new TamperedStreamException("evidence " + file.id() + " changed");
                    }
                    pos = 0;
                }
                int n = Math.min(len, buffer.length - pos);
                System.arraycopy(buffer, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /**
     * Seals the blob again under the active key, in place, chunk by chunk (rotation), or seals a legacy clear
     * blob for the first time. The caller has checked it with {@link #verify} and holds the file row's lock.
     */
    public void reseal(EvidenceFile file) throws ChunkCipher.TamperedException {
        EvidenceKeyRing ring = keys.ring();
        SecretKey key = ring.active();
        byte[] digest = expectedDigest(file);
        for (int seq = 0; seq < file.chunkCount(); seq++) {
            byte[] plain = plainChunk(file, seq);
            boolean last = seq == file.chunkCount() - 1;
            EvidenceChunk chunk = repository.chunkForUpdate(file.id(), seq).orElseThrow();
            chunk.replace(ChunkCipher.sealChunk(key, file.id(), seq, last, plain, plain.length));
            Arrays.fill(plain, (byte) 0);
        }
        file.sealed(file.sizeBytes(), file.chunkCount(), ChunkCipher.sealDigest(key, file.id(), digest),
                ring.activeId());
    }

    private byte[] plainChunk(EvidenceFile file, int seq) throws ChunkCipher.TamperedException {
        byte[] stored = repository.chunk(file.id(), seq)
                .orElseThrow(() -> new ChunkCipher.TamperedException("chunk " + seq + " is missing"));
        if (file.keyId() == null) {
            return stored;
        }
        boolean last = seq == file.chunkCount() - 1;
        return ChunkCipher.openChunk(keys.ring().get(file.keyId()), file.id(), seq, last, stored);
    }

    private static byte[] tail(byte[] previous, byte[] chunk, int n) {
        int fromChunk = Math.min(n, TAIL);
        int fromPrevious = Math.min(previous.length, TAIL - fromChunk);
        byte[] t = new byte[fromPrevious + fromChunk];
        System.arraycopy(previous, previous.length - fromPrevious, t, 0, fromPrevious);
        System.arraycopy(chunk, n - fromChunk, t, fromPrevious, fromChunk);
        return t;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
