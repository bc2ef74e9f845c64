package org.haven.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Related reports at district scale (issue 20), printed by deploy/benchmark.sh (never asserted in tests): an
 * embedded MariaDB with the real schema, REPORTS reports over 200 schools and five signals each (two handles, a URL,
 * two platform-weeks; one handle in a hundred shared by a few reports), then the lookups RelatedReports runs for one
 * report: its strong signals in one school's scope and district-wide, its weak signals district-wide, and the
 * naive scan of the report texts for the same handle, for comparison, with the plan MariaDB chose for each.
 */
public final class RelatedSignalsBenchmark {

    private static final int REPORTS = Integer.getInteger("haven.bench.reports", 200_000);
    private static final int SCHOOLS = 200;

    private RelatedSignalsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            Connection c = db.connection();
            long t0 = System.nanoTime();
            fill(c);
            System.out.printf("filled %,d reports and %,d signals over %d schools in %.1f s%n", REPORTS,
                    count(c, "report_signal"), SCHOOLS, (System.nanoTime() - t0) / 1e9);
            long me = REPORTS / 2;
            String strong = "SELECT report_id, school_id, kind, value FROM report_signal WHERE ((kind = 'HANDLE' AND"
                    + " value IN ('shared_" + (me % (REPORTS / 100)) + "', 'user_" + me + "')) OR (kind = 'URL' AND"
                    + " value IN ('tiktok.com/@user_" + me + "/video/1'))) AND report_id NOT IN (" + me + ")";
            time(c, "strong signals, one school", strong + " AND school_id IN (" + (1 + me % SCHOOLS) + ")"
                    + " ORDER BY report_id DESC LIMIT 2000");
            time(c, "strong signals, district (lead)", strong + " ORDER BY report_id DESC LIMIT 2000");
            time(c, "weak signals, district (lead)", "SELECT report_id, school_id, kind, value FROM report_signal"
                    + " WHERE ((kind = 'PLATFORM_WEEK' AND value IN ('TIKTOK:2026-W" + (me % 50 + 1) + "',"
                    + " 'TIKTOK:2026-W" + (me % 50 + 2) + "'))) AND report_id NOT IN (" + me + ")"
                    + " ORDER BY report_id DESC LIMIT 2000");
            time(c, "scan of the texts (not used)", "SELECT id FROM report WHERE description LIKE '%shared_"
                    + (me % (REPORTS / 100)) + " %'");
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO district (code, name, country, created_at) VALUES ('bench', 'Bench', 'FR', NOW(6))");
            s.execute("INSERT INTO school (district_id, code, name, level, created_at) SELECT 1, CONCAT('S', seq),"
                    + " CONCAT('School ', seq), 'COLLEGE', NOW(6) FROM seq_1_to_" + SCHOOLS);
            s.execute("INSERT INTO report (school_id, category, description, witness, anonymous,"
                    + " risk_immediate_danger, risk_self_harm, risk_threats, risk_location_shared, risk_blackmail,"
                    + " risk_intimate_images, urgent, status, receipt_lookup, receipt_hash, content_fingerprint,"
                    + " created_at, last_activity_at) SELECT 1 + seq % " + SCHOOLS + ", 'INSULTS',"
                    + " CONCAT('Le compte @user_', seq, ' et @shared_', seq % " + (REPORTS / 100) + ", ' m''insultent"
                    + " tous les soirs depuis la rentrée, voir tiktok.com/@user_', seq, '/video/1'), FALSE, TRUE,"
                    + " FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 'NEW', SHA2(seq, 256), 'x', SHA2(seq, 256),"
                    + " TIMESTAMPADD(MINUTE, seq, '2026-01-01'), TIMESTAMPADD(MINUTE, seq, '2026-01-01')"
                    + " FROM seq_1_to_" + REPORTS);
            String sig = "INSERT INTO report_signal (report_id, school_id, kind, value, received_at) SELECT id,"
                    + " school_id, ";
            s.execute(sig + "'HANDLE', CONCAT('user_', id), created_at FROM report");
            s.execute(sig + "'HANDLE', CONCAT('shared_', id % " + (REPORTS / 100) + "), created_at FROM report");
            s.execute(sig + "'URL', CONCAT('tiktok.com/@user_', id, '/video/1'), created_at FROM report");
            s.execute(sig + "'PLATFORM_WEEK', CONCAT('TIKTOK:2026-W', id % 50 + 1), created_at FROM report");
            s.execute(sig + "'PLATFORM_WEEK', CONCAT('TIKTOK:2026-W', id % 50 + 2), created_at FROM report");
            s.execute("ANALYZE TABLE report_signal");
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void time(Connection c, String what, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            int rows = 0;
            for (int i = 0; i < 3; i++) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                }
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
            System.out.printf("%-36s %8.2f ms  %5d rows  (%s)%n", what, ms, rows, plan);
        }
    }
}
