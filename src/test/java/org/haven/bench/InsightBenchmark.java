package org.haven.bench;

import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Figure;
import org.haven.insight.infrastructure.JpaCountStore;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics dashboard at district scale, printed by deploy/benchmark.sh (never asserted): an embedded MariaDB
 * with the real schema, CASES cases over 200 schools and five years, as many reports, their aggregates, then the
 * queries one dashboard runs (the thirteen figures of DashboardLayout, with JpaCountStore's own SQL and
 * InsightFigures' choice of the district's counters for a district-wide figure) for the district lead and for one
 * school, over one year and over five; plus the cost of rebuilding the case counters from case_file and of one
 * counter increment (the school's and the district's row, as JpaCountStore writes them).
 */
public final class InsightBenchmark {

    private static final int CASES = Integer.getInteger("haven.bench.cases", 1_000_000);
    private static final int SCHOOLS = 200;
    private static final int DAYS = 5 * 365;
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    private static final String[] CATEGORIES = {"INSULTS", "THREATS", "HUMILIATION", "EXCLUSION", "IMPERSONATION",
            "DOXXING", "INTIMATE_IMAGES", "DEEPFAKE", "PHYSICAL", "OTHER"};
    private static final String[] BUCKETS = {"DAYS_0_3", "DAYS_4_5", "DAYS_6_14", "DAYS_15_30", "OVER_30"};

    /** The dashboard's figures, as InsightBean lays them out. */
    private static final Object[][] DASHBOARD = {
            {Figure.CASES, Breakdown.MONTH}, {Figure.CASES, Breakdown.CATEGORY}, {Figure.CASES, Breakdown.SCHOOL},
            {Figure.REPORTS, Breakdown.MONTH}, {Figure.REPORTS, Breakdown.DELAY}, {Figure.CASES, Breakdown.DELAY},
            {Figure.CASES, Breakdown.CHANNEL}, {Figure.REPORTS, Breakdown.URGENT},
            {Figure.REPORTS, Breakdown.ANONYMOUS}, {Figure.REPORTS, Breakdown.WITNESS},
            {Figure.REOPENED, Breakdown.MONTH}, {Figure.STEPS, Breakdown.TIMELINESS},
            {Figure.ESCALATIONS, Breakdown.MONTH}};

    private InsightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start()) {
            Connection c = db.connection();
            long t0 = System.nanoTime();
            fillCases(c);
            System.out.printf("filled %,d cases over %d schools and %d days in %.1f s%n", CASES, SCHOOLS, DAYS,
                    (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            rebuildCaseCounters(c);
            System.out.printf("rebuilt the CASE counters from case_file (V18's backfill) in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            synthesiseOtherCounters(c);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE insight_count");
                try (ResultSet rs = s.executeQuery("SELECT measure, COUNT(*), SUM(n) FROM insight_count GROUP BY 1")) {
                    while (rs.next()) {
                        System.out.printf("  %-14s %,9d counter rows for %,d events%n", rs.getString(1), rs.getLong(2),
                                rs.getLong(3));
                    }
                }
            }
            System.out.printf("other counters in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<Long> all = new ArrayList<>();
            for (long i = 1; i <= SCHOOLS; i++) {
                all.add(i);
            }
            LocalDate year = LAST.minusYears(1).plusDays(1);
            LocalDate fiveYears = LAST.minusYears(5).plusDays(1);
            dashboard(c, "district lead, 200 schools, 1 year", all, true, year, null);
            dashboard(c, "district lead, 200 schools, 5 years", all, true, fiveYears, null);
            dashboard(c, "district lead, 1 year, one category", all, true, year, "THREATS");
            dashboard(c, "district lead, 1 year, 100 schools (level)", all.subList(0, 100), false, year, null);
            dashboard(c, "one school, 1 year", List.of(17L), false, year, null);
            dashboard(c, "one school, 5 years", List.of(17L), false, fiveYears, null);
            increments(c);
        }
    }

    private static void fillCases(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO district (code, name, country, created_at) VALUES ('bench', 'Bench', 'FR', NOW(6))");
            s.execute("INSERT INTO school (district_id, code, name, level, created_at) SELECT 1, CONCAT('S', seq),"
                    + " CONCAT('School ', seq), 'COLLEGE', NOW(6) FROM seq_1_to_" + SCHOOLS);
            s.execute("INSERT INTO case_file (school_id, protocol_id, protocol_version, status, origin, category,"
                    + " description, risk_level, escalated, attention, next_due_at, opened_at)"
                    + " SELECT 1 + seq % " + SCHOOLS + ", 'fr-secondary', 1, 'CLOSED',"
                    + " IF(seq % 3 = 0, 'REPORT', 'STAFF'), ELT(1 + (seq * 7) % 10, " + quoted(CATEGORIES) + "), 'x',"
                    + " 'LOW', FALSE, 3, '9999-12-31',"
                    + " TIMESTAMPADD(MINUTE, -(seq * 2617) % (" + DAYS + " * 1440), '" + LAST.plusDays(1) + "')"
                    + " FROM seq_1_to_" + CASES);
        }
    }

    private static void rebuildCaseCounters(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO insight_count (measure, day, school_id, category, dimension, n)"
                    + " SELECT 'CASE', DATE(opened_at), school_id, category, origin, COUNT(*)"
                    + " FROM case_file GROUP BY 1, 2, 3, 4, 5");
            // (the district's rows for these are added with the other measures' below)
        }
    }

    /**
     * As many reports as cases, a third of them acted on, one case in fifty reopened, three steps a case, one
     * escalation in ten cases: counters only, spread at random (CRC32 of the event's number) over days, schools
     * and categories; then the district's counters (school 0) from all of them, as V18 does.
     */
    private static void synthesiseOtherCounters(Connection c) throws SQLException {
        String day = "DATE_SUB('" + LAST + "', INTERVAL CRC32(CONCAT('d', seq)) % " + DAYS + " DAY)";
        String school = "1 + CRC32(CONCAT('s', seq)) % " + SCHOOLS;
        String category = "ELT(1 + CRC32(CONCAT('c', seq)) % 10, " + quoted(CATEGORIES) + ")";
        String bucket = "ELT(1 + CRC32(CONCAT('b', seq)) % 5, " + quoted(BUCKETS) + ")";
        try (Statement s = c.createStatement()) {
            insert(s, "REPORT", day, school, category,
                    "CONCAT('U', IF(CRC32(CONCAT('u', seq)) % 17 = 0, '1', '0'), 'A', IF(CRC32(CONCAT('a', seq)) % 2 = 0,"
                            + " '1', '0'), 'W', IF(CRC32(CONCAT('w', seq)) % 5 = 0, '1', '0'))",
                    CASES);
            insert(s, "REPORT_DELAY", day, school, category, bucket, CASES / 3);
            insert(s, "CASE_DELAY", day, school, category, bucket, CASES / 3);
            insert(s, "CASE_REOPENED", day, school, category, "''", CASES / 50);
            insert(s, "STEP", day, school, category, "IF(CRC32(CONCAT('l', seq)) % 6 = 0, 'LATE', 'ON_TIME')",
                    CASES * 3);
            insert(s, "ESCALATION", day, school, category, "''", CASES / 10);
            s.execute("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) SELECT measure,"
                    + " day, 0, category, dimension, SUM(n) FROM insight_count GROUP BY measure, day, category,"
                    + " dimension");
        }
    }

    private static void insert(Statement s, String measure, String day, String school, String category,
                               String dimension, int events) throws SQLException {
        s.execute("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) SELECT '" + measure
                + "', " + day + ", " + school + ", " + category + ", " + dimension + ", COUNT(*) FROM seq_1_to_" + events
                + " GROUP BY 1, 2, 3, 4, 5");
    }

    /**
     * Times the dashboard; {@code district}: a district lead without a school or level filter, whose figures
     * (other than by school) InsightFigures reads from the district's counters.
     */
    private static void dashboard(Connection c, String what, List<Long> schools, boolean district, LocalDate from,
                                  String category) throws SQLException {
        runDashboard(c, schools, district, from, category, null);
        int runs = 3;
        double[] slowest = {0};
        String[] slowestName = {""};
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            runDashboard(c, schools, district, from, category, (name, ms) -> {
                if (ms > slowest[0]) {
                    slowest[0] = ms;
                    slowestName[0] = name;
                }
            });
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%-44s %8.1f ms per dashboard; slowest query %.1f ms (%s)%n", what, ms, slowest[0],
                slowestName[0]);
    }

    private static void runDashboard(Connection c, List<Long> allSchools, boolean district, LocalDate from,
                                     String category, java.util.function.ObjDoubleConsumer<String> each)
            throws SQLException {
        for (Object[] panel : DASHBOARD) {
            Figure figure = (Figure) panel[0];
            Breakdown by = (Breakdown) panel[1];
            if (by == Breakdown.SCHOOL && allSchools.size() == 1) {
                continue;
            }
            List<Long> schools = district && by != Breakdown.SCHOOL ? List.of(0L) : allSchools;
            long t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(JpaCountStore.sumSql(by, schools.size(), category != null))) {
                List<Object> values = JpaCountStore.parameters(figure.measure(by).name(), from, LAST, schools,
                        category);
                for (int i = 0; i < values.size(); i++) {
                    ps.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
            }
            if (each != null) {
                each.accept(figure.param() + " by " + by.param(), (System.nanoTime() - t) / 1e6);
            }
        }
    }

    private static void increments(Connection c) throws SQLException {
        int n = 10_000;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO insight_count (measure, day, school_id,"
                + " category, dimension, n) VALUES ('CASE', ?, ?, ?, 'STAFF', 1), ('CASE', ?, 0, ?, 'STAFF', 1)"
                + " ON DUPLICATE KEY UPDATE n = n + VALUES(n)")) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ps.setDate(1, Date.valueOf(LAST.minusDays(i % 30)));
                ps.setLong(2, 1 + (i * 7L) % SCHOOLS);
                ps.setString(3, CATEGORIES[i % CATEGORIES.length]);
                ps.setDate(4, Date.valueOf(LAST.minusDays(i % 30)));
                ps.setString(5, CATEGORIES[i % CATEGORIES.length]);
                ps.executeUpdate();
            }
            System.out.printf("one counter increment (autocommit, upsert)   %8.3f ms%n",
                    (System.nanoTime() - start) / 1e6 / n);
        }
    }

    private static String quoted(String[] values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(b.isEmpty() ? "" : ", ").append('\'').append(v).append('\'');
        }
        return b.toString();
    }
}
