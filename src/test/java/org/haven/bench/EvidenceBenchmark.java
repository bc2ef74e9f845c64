package org.haven.bench;

import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.infrastructure.EvidenceKeyRing;
import org.haven.evidence.infrastructure.InMemoryChunks;
import org.haven.evidence.infrastructure.SealedBlobs;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The evidence vault's throughput for a 10 MiB file (its largest) next to the raw AES-256-GCM and SHA-256 speed of
 * the same JVM, so that the vault's own overhead shows; printed by deploy/benchmark.sh, never asserted. Upload is
 * the vault's write path ({@link SealedBlobs#write}: SHA-256 and 1 MiB chunks sealed one by one); download is what
 * every download does ({@link SealedBlobs#verify}, which opens every chunk and compares the SHA-256, then
 * {@link SealedBlobs#copyTo}, which opens them again while streaming). Both run once with the chunks in memory
 * and once stored in and read back from an embedded MariaDB with the real schema (HAVEN_BENCH_DB=false skips it).
 */
public final class EvidenceBenchmark {

    private static final int SIZE = 10 * 1024 * 1024;
    private static final int RUNS = Integer.getInteger("haven.bench.runs", 15);

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("java %s, %d cores, %s, file of %d MiB, median of %d runs%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Cipher.getInstance("AES/GCM/NoPadding").getProvider(),
                SIZE >> 20, RUNS);
        byte[] content = new byte[SIZE];
        new SecureRandom().nextBytes(content);
        byte[] rawKey = new byte[32];
        new SecureRandom().nextBytes(rawKey);
        EvidenceKeyRing ring = EvidenceKeyRing.parse("bench:" + Base64.getEncoder().encodeToString(rawKey), null,
                null).orElseThrow();

        javax.crypto.SecretKey key = ring.active();
        byte[] nonce = new byte[12];
        byte[][] sealed = new byte[1][];
        measure("raw AES-256-GCM encrypt", () -> {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, fresh(nonce)));
            sealed[0] = c.doFinal(content);
        });
        measure("raw AES-256-GCM decrypt", () -> {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.doFinal(sealed[0]);
        });
        measure("raw SHA-256", () -> MessageDigest.getInstance("SHA-256").digest(content));

        vault("vault, chunks in memory", new InMemoryChunks(), ring, content);
        if (!"false".equals(System.getenv("HAVEN_BENCH_DB"))) {
            try (BenchDatabase db = BenchDatabase.start()) {
                db.connection().createStatement().execute("SET foreign_key_checks = 0");
                vault("vault, chunks in MariaDB", new DatabaseChunks(db.connection()), ring, content);
            }
        }
    }

    /** Upload then download through the vault's own code, each timed over fresh file ids. */
    private static void vault(String where, InMemoryChunks chunks, EvidenceKeyRing ring, byte[] content)
            throws Exception {
        SealedBlobs blobs = InMemoryChunks.blobs(chunks, ring);
        long[] nextId = {1};
        EvidenceFile[] last = new EvidenceFile[1];
        measure(where + ": upload (hash + seal + store)", () -> {
            long id = nextId[0]++;
            EvidenceFile f = InMemoryChunks.file(id);
            SealedBlobs.Written w = blobs.write(id, new ByteArrayInputStream(content));
            f.sealed(w.size(), w.chunks(), w.sealedSha256(), w.keyId());
            if (chunks instanceof DatabaseChunks database) {
                database.commit();
            }
            last[0] = f;
        });
        measure(where + ": download (verify + stream)", () -> {
            SealedBlobs.Verification v = blobs.verify(last[0]);
            if (!v.intact()) {
                throw new IllegalStateException(v.problem());
            }
            blobs.copyTo(last[0], OutputStream.nullOutputStream());
        });
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Three runs to warm up, then {@link #RUNS}: prints the median's throughput and the spread. */
    private static void measure(String name, Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double mib = SIZE / (1024.0 * 1024.0);
        System.out.printf("%-55s %8.1f MiB/s  (median %7.1f ms, min %7.1f, max %7.1f)%n", name,
                mib / (ms[RUNS / 2] / 1000), ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }

    private static byte[] fresh(byte[] nonce) {
        new SecureRandom().nextBytes(nonce);
        return nonce;
    }

    /** The chunk table of a real database, one transaction per file as the vault writes it. */
    private static final class DatabaseChunks extends InMemoryChunks {

        private final Connection connection;

        DatabaseChunks(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
        }

        @Override
        public void addChunk(long fileId, int seq, byte[] sealed) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)")) {
                ps.setLong(1, fileId);
                ps.setInt(2, seq);
                ps.setBytes(3, sealed);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<byte[]> chunk(long fileId, int seq) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = ?")) {
                ps.setLong(1, fileId);
                ps.setInt(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long storedChunks(long fileId) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COUNT(*) FROM evidence_chunk WHERE evidence_id = ?")) {
                ps.setLong(1, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void commit() throws SQLException {
            connection.commit();
        }
    }
}
