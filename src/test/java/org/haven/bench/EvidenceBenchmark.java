package org.haven.bench;

import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.infrastructure.EvidenceKeyRing;
import org.haven.evidence.infrastructure.InMemoryChunks;
import org.haven.evidence.infrastructure.SealedBlobs;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The evidence vault's throughput for a 10 MiB file (its largest) next to the raw AES-256-GCM and SHA-256 speed of
 * the same JVM, so that the vault's own overhead shows; printed by deploy/benchmark.sh, never asserted. Upload is
 * the vault's write path ({@link SealedBlobs#write}: SHA-256 and 1 MiB chunks sealed one by one); download is what
 * every download does ({@link SealedBlobs#verify}, which opens every chunk and compares the SHA-256, then
 * {@link SealedBlobs#copyTo}, which opens them again while streaming). Both run once with the chunks in memory
 * and once stored in and read back from an embedded MariaDB with the real schema (HAVEN_BENCH_DB=false skips it).
 * AES-GCM is slow until the JIT compiles its intrinsics (hundreds of MiB into a JVM's life): the first lines show
 * the cold speed, then everything runs {@code haven.bench.warmup-seconds} (default 40) before it is measured.
 */
public final class EvidenceBenchmark {

    private static final int SIZE = 10 * 1024 * 1024;
    private static final int SLICE = 1024 * 1024;
    private static final int RUNS = Integer.getInteger("haven.bench.runs", 15);
    private static final int WARMUP_SECONDS = Integer.getInteger("haven.bench.warmup-seconds", 40);

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

        // Raw AES-256-GCM in 1 MiB calls, as the vault seals (one nonce per call, like a chunk).
        SecretKey key = ring.active();
        byte[][] nonces = new byte[SIZE / SLICE][12];
        byte[][] sealed = new byte[SIZE / SLICE][];
        Work encrypt = () -> {
            for (int i = 0; i < sealed.length; i++) {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, fresh(nonces[i])));
                sealed[i] = c.doFinal(content, i * SLICE, SLICE);
            }
        };
        Work decrypt = () -> {
            for (int i = 0; i < sealed.length; i++) {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonces[i]));
                c.doFinal(sealed[i]);
            }
        };
        Work sha256 = () -> MessageDigest.getInstance("SHA-256").digest(content);
        Vault memory = new Vault(new InMemoryChunks(), ring, content);

        // The JIT compiles AES-GCM's intrinsics only after some hundreds of MiB: until then (the first tens of
        // seconds after a start) AES-GCM runs at a few tens of MiB/s. Show that, then warm everything up.
        System.out.printf("%-55s %8.1f MiB/s  (first run of a fresh JVM)%n", "cold: raw AES-256-GCM encrypt",
                throughput(time(encrypt)));
        System.out.printf("%-55s %8.1f MiB/s  (second run)%n", "cold: vault upload, chunks in memory",
                throughput(time(memory.upload)));
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        while (System.nanoTime() < warm) {
            for (Work w : List.of(encrypt, decrypt, sha256, memory.upload, memory.download)) {
                w.run();
            }
        }

        measure("raw AES-256-GCM encrypt (1 MiB calls)", encrypt);
        measure("raw AES-256-GCM decrypt (1 MiB calls)", decrypt);
        measure("raw SHA-256", sha256);
        measure("vault, chunks in memory: upload (hash + seal + store)", memory.upload);
        measure("vault, chunks in memory: download (verify + stream)", memory.download);
        if (!"false".equals(System.getenv("HAVEN_BENCH_DB"))) {
            try (BenchDatabase db = BenchDatabase.start()) {
                db.connection().createStatement().execute("SET foreign_key_checks = 0");
                Vault database = new Vault(new DatabaseChunks(db.connection()), ring, content);
                measure("vault, chunks in MariaDB: upload (hash + seal + store)", database.upload);
                measure("vault, chunks in MariaDB: download (verify + stream)", database.download);
            }
        }
    }

    /**
     * Upload and download through the vault's own code: each upload stores a new file (and drops the one before,
     * so that memory and the table stay small); each download verifies and streams out the last one.
     */
    private static final class Vault {

        final Work upload;
        final Work download;
        private EvidenceFile last;

        Vault(InMemoryChunks chunks, EvidenceKeyRing ring, byte[] content) {
            SealedBlobs blobs = InMemoryChunks.blobs(chunks, ring);
            upload = () -> {
                long id = last == null ? 1 : last.id() + 1;
                if (last != null) {
                    chunks.shredChunks(last.id());
                }
                EvidenceFile f = InMemoryChunks.file(id);
                SealedBlobs.Written w = blobs.write(id, new ByteArrayInputStream(content));
                f.sealed(w.size(), w.chunks(), w.sealedSha256(), w.keyId());
                if (chunks instanceof DatabaseChunks database) {
                    database.commit();
                }
                last = f;
            };
            download = () -> {
                SealedBlobs.Verification v = blobs.verify(last);
                if (!v.intact()) {
                    throw new IllegalStateException(v.problem());
                }
                blobs.copyTo(last, OutputStream.nullOutputStream());
            };
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Three runs more to warm up, then {@link #RUNS}: prints the median's throughput and the spread. */
    private static void measure(String name, Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = time(work);
        }
        Arrays.sort(ms);
        System.out.printf("%-55s %8.1f MiB/s  (median %7.1f ms, min %7.1f, max %7.1f)%n", name,
                throughput(ms[RUNS / 2]), ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double throughput(double milliseconds) {
        return SIZE / (1024.0 * 1024.0) / (milliseconds / 1000);
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

        @Override
        public void shredChunks(long fileId) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM evidence_chunk WHERE evidence_id = ?")) {
                ps.setLong(1, fileId);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void commit() throws SQLException {
            connection.commit();
        }
    }
}
