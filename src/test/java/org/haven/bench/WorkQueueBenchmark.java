package org.haven.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The staff home's work queue (issue 23) at district scale, printed by deploy/benchmark.sh (never asserted in
 * tests): an embedded MariaDB with the real schema, CASES cases over 200 schools, two steps per case (one done, one
 * due for the open ones), then the queries a referent's home runs for the steps due (the cases whose next step is
 * soonest, by attention level, their steps, the counts) in the form the application sends, next to the join through
 * the steps it replaced, with the plan MariaDB chose for each table. The filed
 * incidents are spread over 50 teachers here, thousands each: far more than a real teacher files.
 */
public final class WorkQueueBenchmark {

    private static final int CASES = Integer.getInteger("haven.bench.cases", 1_000_000);
    private static final int SCHOOLS = 200;

    private WorkQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            Connection c = db.connection();
            long t0 = System.nanoTime();
            fill(c);
            System.out.printf("filled %,d cases and %,d steps over %d schools in %.1f s%n", CASES, 2L * CASES,
                    SCHOOLS, (System.nanoTime() - t0) / 1e9);
            String join = " FROM case_step s JOIN case_file c ON c.id = s.case_id WHERE s.status = 'DUE'"
                    + " AND s.due_at IS NOT NULL AND c.status <> 'CLOSED' AND ";
            String school = "c.school_id IN (17, -1)";
            for (int attention = 0; attention < 3; attention++) {
                time(c, "next due cases, attention " + attention + " (sent)", "SELECT * FROM case_file c"
                        + " WHERE c.school_id = 17 AND c.attention = " + attention
                        + " AND c.next_due_at < '9999-01-01' ORDER BY c.next_due_at, c.id LIMIT 15");
            }
            time(c, "their due steps (sent)", "SELECT * FROM case_step WHERE status = 'DUE' AND case_id IN"
                    + " (SELECT id FROM (SELECT id FROM case_file WHERE school_id = 17 AND attention = 2"
                    + " ORDER BY next_due_at, id LIMIT 15) t)");
            time(c, "count due and late, one school (sent)", "SELECT COUNT(*), SUM(CASE WHEN next_due_at <"
                    + " '2026-03-01' THEN 1 ELSE 0 END) FROM case_file WHERE school_id IN (17, -1) AND attention < 3"
                    + " AND next_due_at < '9999-01-01'");
            time(c, "next due filed cases, attention 2 (sent)", "SELECT * FROM case_file c WHERE c.filed_by = 3"
                    + " AND c.attention = 2 AND c.next_due_at < '9999-01-01' ORDER BY c.next_due_at, c.id LIMIT 200");
            time(c, "steps due through the steps (not sent)", "SELECT s.id, c.id" + join + school
                    + " ORDER BY s.due_at, s.id LIMIT 15");
            time(c, "overdue cases, dashboard filter", "SELECT id, attention, next_due_at FROM case_file"
                    + " WHERE school_id = 17 AND status <> 'CLOSED' AND next_due_at < '2026-03-01'"
                    + " ORDER BY attention, next_due_at, id LIMIT 26");
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
            s.execute("INSERT INTO case_step (case_id, school_id, step_id, status, done_at) SELECT id, school_id,"
                    + " 'acknowledge', 'DONE',"
                    + " opened_at FROM case_file");
            s.execute("INSERT INTO case_step (case_id, school_id, step_id, status, due_at) SELECT id, school_id,"
                    + " 'interview-target',"
                    + " IF(status = 'CLOSED', 'DONE', 'DUE'), IF(status = 'CLOSED', NULL, next_due_at) FROM case_file");
            s.execute("ANALYZE TABLE case_file, case_step");
        }
    }

    private static void time(Connection c, String what, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery(sql).close();
            int runs = 5;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString("table")).append(": key=").append(rs.getString("key"))
                            .append(", rows=").append(rs.getString("rows")).append(", ")
                            .append(rs.getString("Extra")).append("; ");
                }
            }
            System.out.printf("%-36s %9.2f ms   (%s)%n", what, ms, plan);
        }
    }
}
