package org.haven.bench;

import org.haven.audit.application.ChainVerifier;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainHead;
import org.haven.audit.domain.ChainVerification;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification of an audit log of a million sealed entries (issue 15: under 10 s), printed by
 * deploy/benchmark.sh, never asserted in tests. Entries are made and sealed in Java by the sealer's own domain
 * code ({@link ChainHead#seal}, one checkpoint per run of 1,000 as the sealer keeps), written by multi-row INSERTs
 * into an embedded MariaDB with the real schema, then the real {@link ChainVerifier} walks them through a JDBC
 * adapter of the repository. Last, one entry in the middle is changed behind the application and the run must
 * report it at its position; the program exits with 1 when a result is not the expected one.
 */
public final class AuditVerificationBenchmark {

    private static final int ENTRIES = Integer.getInteger("haven.bench.audit", 1_000_000);
    private static final int RUN = 1000;
    private static final int RUNS = 3;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2026-01-05T07:30:00.123456Z");

    private AuditVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            Connection c = db.connection();
            JdbcAuditRepository repository = new JdbcAuditRepository(c);
            long t0 = System.nanoTime();
            fill(c, repository);
            System.out.printf("filled and sealed %,d audit entries in %.1f s%n", ENTRIES,
                    (System.nanoTime() - t0) / 1e9);
            ChainVerifier verifier = verifier(repository);
            boolean ok = true;
            for (int i = 1; i <= RUNS; i++) {
                ChainVerification v = timed(c, verifier, "verification " + i + ", intact");
                ok &= expect(v.intact() && v.entriesChecked() == ENTRIES, "intact, " + ENTRIES + " checked", v);
            }
            outsideTheChain(repository);
            long middle = ENTRIES / 2;
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_entry_no_update");
                s.executeUpdate("UPDATE audit_entry SET detail = 'changed behind the application' WHERE id = "
                        + middle);
            }
            ChainVerification v = timed(c, verifier, "verification, entry " + middle + " changed");
            ok &= expect(v.problem() == ChainVerification.Problem.CHANGED && v.position() == middle,
                    "CHANGED at " + middle, v);
            if (!ok) {
                System.exit(1);
            }
        }
    }

    /** The queries that follow the walk, timed alone: what of a run is not the walk itself. */
    private static void outsideTheChain(JdbcAuditRepository r) {
        time("  of which: entry sealed twice", r::entrySealedTwice);
        time("  of which: entry count", r::entryCount);
        time("  of which: pending mark of a sealed entry", r::pendingAlreadySealed);
        time("  (searched only when the counts differ: entry neither sealed nor pending)",
                r::entryNeitherSealedNorPending);
        time("  of which: pending mark without entry", () -> r.pendingWithoutEntry(1));
        time("  of which: pending count", r::pendingCount);
    }

    private static void time(String what, Runnable query) {
        long start = System.nanoTime();
        query.run();
        System.out.printf("%-42s %8.2f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static boolean expect(boolean good, String expected, ChainVerification v) {
        if (!good) {
            System.out.printf("UNEXPECTED: wanted %s, got %s at %s after %,d%n", expected, v.problem(),
                    v.position(), v.entriesChecked());
        }
        return good;
    }

    private static ChainVerifier verifier(AuditRepository repository) throws ReflectiveOperationException {
        ChainVerifier verifier = new ChainVerifier();
        Field f = ChainVerifier.class.getDeclaredField("repository");
        f.setAccessible(true);
        f.set(verifier, repository);
        return verifier;
    }

    /** One verification in a read-only REPEATABLE READ transaction, as the application runs it. */
    private static ChainVerification timed(Connection c, ChainVerifier verifier, String what) throws SQLException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heapUsed();
        c.setAutoCommit(false);
        c.setReadOnly(true);
        long start = System.nanoTime();
        ChainVerification v = verifier.verify();
        double s = (System.nanoTime() - start) / 1e9;
        c.commit();
        c.setReadOnly(false);
        c.setAutoCommit(true);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-42s %,10d entries %7.2f s %,10.0f entries/s   heap before %4d MiB, peak %4d MiB"
                        + " (young+old pools)   -> %s%n", what, v.entriesChecked(), s, v.entriesChecked() / s,
                before >> 20, peak >> 20, v.intact() ? "intact" : v.problem() + " at " + v.position());
        return v;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Entries, their seals and a checkpoint per run of 1,000, the head last, as the sealer leaves them. */
    private static void fill(Connection c, JdbcAuditRepository repository) throws SQLException {
        c.setAutoCommit(false);
        ChainHead head = ChainHead.GENESIS;
        try (Statement s = c.createStatement()) {
            for (int from = 1; from <= ENTRIES; from += RUN) {
                int to = Math.min(ENTRIES, from + RUN - 1);
                List<AuditEntry> entries = new ArrayList<>(to - from + 1);
                for (long id = from; id <= to; id++) {
                    entries.add(repository.numbered(AuditEntry.of(T0.plusMillis(id * 1703), record(id)), id));
                }
                ChainHead.Sealed sealed = head.seal(entries);
                head = sealed.head();
                s.executeUpdate(insertEntries(entries));
                s.executeUpdate(insertSeals(sealed.seals()));
                s.executeUpdate("INSERT INTO audit_checkpoint (seq, hash, entries, sealed_at) VALUES ("
                        + head.lastSeq() + ", '" + head.lastHash() + "', " + entries.size() + ", '"
                        + SQL_TIME.format(entries.getLast().occurredAt()) + "')");
                if (to % 50_000 == 0) {
                    c.commit();
                }
            }
            s.executeUpdate("UPDATE audit_chain_head SET last_seq = " + head.lastSeq() + ", last_hash = '"
                    + head.lastHash() + "' WHERE id = 1");
            c.commit();
            s.execute("ANALYZE TABLE audit_entry, audit_seal, audit_checkpoint");
        }
        c.setAutoCommit(true);
    }

    /** Realistic shapes: a staff member acting on a case of one of 200 schools, a short detail. */
    private static AuditRecord record(long n) {
        long account = 1 + n % 5000;
        return new AuditRecord(account, "staff." + account, n % 7 == 0 ? "REFERENT" : "TEACHER",
                n % 3 == 0 ? "CASE_VIEWED" : "CASE_STEP_COMPLETED", "case", Long.toString(1 + n % 250_000),
                1 + n % 200, "step " + (n % 12) + " of protocol fr-secondary v1, deadline kept");
    }

    private static String insertEntries(List<AuditEntry> entries) {
        StringBuilder sql = new StringBuilder(entries.size() * 220).append("INSERT INTO audit_entry (id, occurred_at,"
                + " actor_account_id, actor, actor_role, action, record_type, record_id, school_id, detail) VALUES ");
        for (AuditEntry e : entries) {
            AuditRecord r = e.toRecord();
            sql.append('(').append(e.id()).append(",'").append(SQL_TIME.format(e.occurredAt())).append("',")
                    .append(r.actorAccountId()).append(",'").append(r.actor()).append("','").append(r.actorRole())
                    .append("','").append(r.action()).append("','").append(r.recordType()).append("','")
                    .append(r.recordId()).append("',").append(r.schoolId()).append(",'").append(r.detail())
                    .append("'),");
        }
        sql.setLength(sql.length() - 1);
        return sql.toString();
    }

    private static String insertSeals(List<AuditSeal> seals) {
        StringBuilder sql = new StringBuilder(seals.size() * 160)
                .append("INSERT INTO audit_seal (seq, entry_id, previous_hash, hash) VALUES ");
        for (AuditSeal s : seals) {
            sql.append('(').append(s.seq()).append(',').append(s.entryId()).append(",'").append(s.previousHash())
                    .append("','").append(s.hash()).append("'),");
        }
        sql.setLength(sql.length() - 1);
        return sql.toString();
    }
}
