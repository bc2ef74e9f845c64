package org.haven.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * The case dashboard at district scale, printed by deploy/benchmark.sh (never asserted in tests): an embedded
 * MariaDB with the real schema and CASES case rows over 200 schools, then the queries a referent's dashboard runs
 * (first page, a page deep in the list by keyset, the same page by OFFSET for comparison, a filed-by branch and
 * the escalated branch of the district lead), with the plan MariaDB chose for each.
 */
public final class CaseDashboardBenchmark {

    private static final int CASES = Integer.getInteger("haven.bench.cases", 1_000_000);
    private static final int SCHOOLS = 200;

    private CaseDashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            Connection c = db.connection();
            long t0 = System.nanoTime();
            fill(c);
            System.out.printf("filled %,d cases over %d schools in %.1f s%n", CASES, SCHOOLS,
                    (System.nanoTime() - t0) / 1e9);
            String select = "SELECT id, attention, next_due_at FROM case_file WHERE ";
            String order = " ORDER BY attention, next_due_at, id LIMIT 26";
            long school = 17;
            time(c, "first page, one school", select + "school_id = " + school + order);
            Object[] deep = keyAt(c, school, 2000);
            String keyset = " AND (attention > " + deep[0] + " OR (attention = " + deep[0]
                    + " AND (next_due_at > '" + deep[1] + "' OR (next_due_at = '" + deep[1] + "' AND id > "
                    + deep[2] + "))))";
            time(c, "page after row 2,000, keyset", select + "school_id = " + school + keyset + order);
            time(c, "page after row 2,000, OFFSET", select + "school_id = " + school
                    + " ORDER BY attention, next_due_at, id LIMIT 26 OFFSET 2000");
            time(c, "incidents a teacher filed", select + "filed_by = 3" + order);
            time(c, "escalated cases, district-wide", select + "escalated = TRUE" + order);
            time(c, "one OR across branches (not used)", select + "(school_id = " + school
                    + " OR filed_by = 3)" + order);
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO district (code, name, country, created_at) VALUES ('bench', 'Bench', 'FR', NOW(6))");
            s.execute("INSERT INTO school (district_id, code, name, level, created_at) SELECT 1, CONCAT('S', seq),"
                    + " CONCAT('School ', seq), 'COLLEGE', NOW(6) FROM seq_1_to_" + SCHOOLS);
            s.execute("INSERT INTO account (district_id, username, display_name, created_at) SELECT 1,"
                    + " CONCAT('teacher', seq), 'Teacher', NOW(6) FROM seq_1_to_50");
            s.execute("INSERT INTO case_file (school_id, protocol_id, protocol_version, status, origin, category,"
                    + " description, risk_level, escalated, attention, next_due_at, filed_by, opened_at)"
                    + " SELECT 1 + seq % " + SCHOOLS + ", 'fr-secondary', 1,"
                    + " IF(seq % 3 = 0, 'CLOSED', 'IN_PROTOCOL'), 'STAFF', 'INSULTS', 'x',"
                    + " IF(seq % 97 = 0, 'IMMEDIATE', 'LOW'), seq % 151 = 0,"
                    + " IF(seq % 3 = 0, 3, IF(seq % 97 = 0, 0, IF(seq % 11 = 0, 1, 2))),"
                    + " TIMESTAMPADD(MINUTE, seq % 100000, '2026-01-01'), 1 + seq % 50,"
                    + " TIMESTAMPADD(MINUTE, -seq, '2026-11-29') FROM seq_1_to_" + CASES);
            s.execute("ANALYZE TABLE case_file");
        }
    }

    private static Object[] keyAt(Connection c, long school, int row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT attention, next_due_at, id FROM case_file WHERE"
                + " school_id = ? ORDER BY attention, next_due_at, id LIMIT 1 OFFSET " + row)) {
            ps.setLong(1, school);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp due = rs.getTimestamp(2);
                return new Object[]{rs.getInt(1), due.toLocalDateTime().toString().replace('T', ' '), rs.getLong(3)};
            }
        }
    }

    private static void time(Connection c, String what, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < 3; i++) {
                s.executeQuery(sql).close();
            }
            int runs = 20;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            String plan;
            try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                rs.next();
                plan = "key=" + rs.getString("key") + ", rows=" + rs.getString("rows") + ", " + rs.getString("Extra");
            }
            System.out.printf("%-40s %8.2f ms   (%s)%n", what, ms, plan);
        }
    }
}
