package org.haven.bench;

import org.haven.directory.domain.SchoolLevel;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CounterScope;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.Period;
import org.haven.insight.infrastructure.SumQuery;

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
 * with the real schema, CASES cases over 200 schools (half of them collèges, half lycées) and five years, as many
 * reports, their aggregates, then the queries one dashboard runs (the thirteen figures of DashboardLayout, with
 * SumQuery's own SQL and InsightScope's choice of the district's or a level's counters for a district-wide or
 * level-wide figure) for the district lead and for one school, over one year and over five; the figures counted when
 * read; plus the cost of rebuilding the case counters from case_file and of one counter increment.
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
            t0 = System.nanoTime();
            levelCounters(c);
            System.out.printf("level counters (V27's backfill of the day rows) in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            monthCounters(c);
            System.out.printf("month counters (V23's backfill) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<Long> all = new ArrayList<>();
            for (long i = 1; i <= SCHOOLS; i++) {
                all.add(i);
            }
            // A period as the dashboard defaults to (the twelve months up to a day in mid-month): its first and
            // last months are partial and read from the day counters (30 days in all), the 11 between from months.
            LocalDate to = LAST.minusDays(14);
            LocalDate year = to.minusYears(1).plusDays(1);
            LocalDate fiveYears = to.minusYears(5).plusDays(1);
            List<Long> colleges = all.subList(0, SCHOOLS / 2);
            CounterScope level = CounterScope.level(SchoolLevel.COLLEGE, colleges);
            dashboard(c, "district lead, 200 schools, 1 year", all, CounterScope.district(), year, to, null);
            dashboard(c, "district lead, 200 schools, 5 years", all, CounterScope.district(), fiveYears, to, null);
            dashboard(c, "district lead, 12 whole months", all, CounterScope.district(),
                    LAST.minusYears(1).plusDays(1), LAST, null);
            dashboard(c, "district lead, 1 year, one category", all, CounterScope.district(), year, to, "THREATS");
            dashboard(c, "district lead, 1 year, 100 schools (level)", colleges, level, year, to, null);
            dashboard(c, "district lead, 5 years, 100 schools (level)", colleges, level, fiveYears, to, null);
            dashboard(c, "one school, 1 year", List.of(17L), CounterScope.schools(List.of(17L)), year, to, null);
            dashboard(c, "one school, 5 years", List.of(17L), CounterScope.schools(List.of(17L)), fiveYears, to,
                    null);
            liveFigures(c, all, year, to, fiveYears);
            increments(c);
        }
    }

    private static void fillCases(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO district (code, name, country, created_at) VALUES ('bench', 'Bench', 'FR', NOW(6))");
            s.execute("INSERT INTO school (district_id, code, name, level, created_at) SELECT 1, CONCAT('S', seq),"
                    + " CONCAT('School ', seq), IF(seq <= " + SCHOOLS / 2 + ", 'COLLEGE', 'LYCEE'), NOW(6)"
                    + " FROM seq_1_to_" + SCHOOLS);
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

    /** The level counters as V27 fills them: the schools' day rows once more under their level's key. */
    private static void levelCounters(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO insight_level_school (school_id, level) SELECT id, level FROM school");
            s.execute("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) SELECT c.measure,"
                    + " c.day, CASE l.level WHEN 'PRIMARY' THEN -1 WHEN 'COLLEGE' THEN -2 ELSE -3 END, c.category,"
                    + " c.dimension, SUM(c.n) FROM insight_count c JOIN insight_level_school l"
                    + " ON l.school_id = c.school_id GROUP BY 1, 2, 3, 4, 5");
        }
    }

    /** The month counters from the day counters, per category and for all categories ('*'), as V23 fills them. */
    private static void monthCounters(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO insight_month (measure, school_id, category, month, dimension, n) SELECT measure,"
                    + " school_id, category, DATE_FORMAT(day, '%Y-%m-01'), dimension, SUM(n) FROM insight_count"
                    + " GROUP BY 1, 2, 3, 4, 5");
            s.execute("INSERT INTO insight_month (measure, school_id, category, month, dimension, n) SELECT measure,"
                    + " school_id, '*', month, dimension, SUM(n) FROM insight_month GROUP BY measure, school_id,"
                    + " month, dimension");
            s.execute("ANALYZE TABLE insight_month");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM insight_month")) {
                rs.next();
                System.out.printf("  %,d month counter rows%n", rs.getLong(1));
            }
        }
    }

    private static void insert(Statement s, String measure, String day, String school, String category,
                               String dimension, int events) throws SQLException {
        s.execute("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) SELECT '" + measure
                + "', " + day + ", " + school + ", " + category + ", " + dimension + ", COUNT(*) FROM seq_1_to_" + events
                + " GROUP BY 1, 2, 3, 4, 5");
    }

    /**
     * Times the dashboard; {@code wide}: the counter rows of its figures other than by school, as InsightScope
     * chooses them. Then, in the same database and so under the same load, the version before: each school's rows
     * for a level (before V27), every day of the period from the day rows for the others (before V23).
     */
    private static void dashboard(Connection c, String what, List<Long> schools, CounterScope wide, LocalDate from,
                                  LocalDate to, String category) throws SQLException {
        dashboard(c, what, schools, wide, from, to, category, true);
        if (wide.folded().getFirst() < 0) {
            dashboard(c, "  (each school's rows, before V27)", schools, CounterScope.schools(schools), from, to,
                    category, true);
        } else {
            dashboard(c, "  (day counters only, before V23)", schools, wide, from, to, category, false);
        }
    }

    private static void dashboard(Connection c, String what, List<Long> schools, CounterScope wide, LocalDate from,
                                  LocalDate to, String category, boolean months) throws SQLException {
        runDashboard(c, schools, wide, from, to, category, months, null);
        int runs = 3;
        double[] slowest = {0};
        String[] slowestName = {""};
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            runDashboard(c, schools, wide, from, to, category, months, (name, ms) -> {
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

    private static void runDashboard(Connection c, List<Long> allSchools, CounterScope wide, LocalDate from,
                                     LocalDate to, String category, boolean months,
                                     java.util.function.ObjDoubleConsumer<String> each)
            throws SQLException {
        for (Object[] panel : DASHBOARD) {
            Figure figure = (Figure) panel[0];
            Breakdown by = (Breakdown) panel[1];
            if (by == Breakdown.SCHOOL && allSchools.size() == 1) {
                continue;
            }
            CounterScope scope = by == Breakdown.SCHOOL ? CounterScope.schools(allSchools) : wide;
            long t = System.nanoTime();
            List<String> categories = category != null ? List.of(category)
                    : by == Breakdown.CATEGORY ? List.of(CATEGORIES) : List.of();
            SumQuery q = months
                    ? SumQuery.of(figure.measure(by), by, new Period(from, to), scope, categories)
                    : daysOnly(figure.measure(by).name(), by, from, to, scope.folded(), category);
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                for (int i = 0; i < q.parameters().size(); i++) {
                    ps.setObject(i + 1, q.parameters().get(i));
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

    /**
     * The figures counted when read (V23): one protocol step per case (one open case in twenty has its step overdue:
     * 50,000 overdue steps for a million cases, a district far behind), a referral for one case in ten and a
     * takedown request for one in twenty; then each figure's query for the district lead (200 schools), as
     * OverdueStepCounts, ReferralsForInsight and TakedownCounts run it.
     */
    private static void liveFigures(Connection c, List<Long> schools, LocalDate year, LocalDate to,
                                    LocalDate fiveYears) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE case_file SET status = 'IN_PROTOCOL' WHERE id % 20 = 0");
            s.execute("INSERT INTO case_step (case_id, school_id, step_id, status, due_at, done_at) SELECT id, school_id,"
                    + " ELT(1 + id % 5, 'listen', 'interview_target', 'interview_author', 'tell_parents', 'review'),"
                    + " IF(id % 20 = 0, 'DUE', 'DONE'), TIMESTAMPADD(DAY, 3, opened_at),"
                    + " IF(id % 20 = 0, NULL, TIMESTAMPADD(DAY, 2, opened_at)) FROM case_file");
            s.execute("INSERT INTO referral (case_id, school_id, kind, status, created_at, updated_at) SELECT id, school_id,"
                    + " ELT(1 + id % 5, 'CHILD_PROTECTION', 'POLICE', 'HEALTH', 'ASSOCIATION', 'PLATFORM_TAKEDOWN'),"
                    + " ELT(1 + id % 4, 'SENT', 'ACCEPTED', 'DONE', 'REJECTED'), opened_at, opened_at"
                    + " FROM case_file WHERE id % 10 = 0");
            s.execute("INSERT INTO takedown_request (case_id, school_id, platform, content_url, kind, sent_at, status,"
                    + " answered_at, created_by, created_at) SELECT id, school_id, 'OTHER', 'https://example.org/x',"
                    + " 'HARASSMENT', opened_at, IF(id % 3 = 0, 'SENT', 'REMOVED'),"
                    + " IF(id % 3 = 0, NULL, TIMESTAMPADD(HOUR, id % 900, opened_at)), 'bench', opened_at"
                    + " FROM case_file WHERE id % 20 = 1");
            s.execute("ANALYZE TABLE case_step, referral, takedown_request");
        }
        System.out.printf("steps, referrals and takedown requests in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        java.time.Instant now = LAST.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        for (Breakdown by : List.of(Breakdown.SCHOOL, Breakdown.STEP)) {
            time(c, "overdue steps now by " + by.param() + ", 200 schools",
                    org.haven.cases.infrastructure.OverdueStepCounts.sql(by, schools.size(), false),
                    org.haven.cases.infrastructure.OverdueStepCounts.parameters(now, schools, null));
        }
        for (LocalDate from : List.of(year, fiveYears)) {
            String years = from == year ? "1 year" : "5 years";
            for (Breakdown by : List.of(Breakdown.KIND, Breakdown.OUTCOME)) {
                time(c, "referrals by " + by.param() + ", 200 schools, " + years,
                        org.haven.safeguarding.infrastructure.ReferralsForInsight.sql(by, schools.size(), false),
                        org.haven.safeguarding.infrastructure.ReferralsForInsight.parameters(new Period(from, to),
                                schools, null));
            }
            for (Breakdown by : List.of(Breakdown.DELAY, Breakdown.OUTCOME)) {
                List<Object> params = new ArrayList<>(schools);
                params.add(java.sql.Timestamp.valueOf(from.atStartOfDay()));
                params.add(java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                time(c, "takedowns by " + by.param() + ", 200 schools, " + years,
                        org.haven.evidence.infrastructure.TakedownCounts.sql(by, schools.size(), false), params);
            }
        }
    }

    private static void time(Connection c, String what, String sql, List<Object> params) throws SQLException {
        int runs = 4;
        long start = 0;
        long rows = 0;
        for (int i = 0; i <= runs; i++) {
            if (i == 1) {
                start = System.nanoTime();
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p = 0; p < params.size(); p++) {
                    ps.setObject(p + 1, params.get(p));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rows = 0;
                    while (rs.next()) {
                        rows += rs.getLong(2);
                    }
                }
            }
        }
        System.out.printf("%-52s %8.1f ms (%,d counted)%n", what, (System.nanoTime() - start) / 1e6 / runs, rows);
    }

    /** The query of the first version (V18): every day of the period from the day counters, for comparison. */
    private static SumQuery daysOnly(String measure, Breakdown by, LocalDate from, LocalDate to,
                                                   List<Long> schools, String category) {
        String key = switch (by) {
            case CATEGORY -> "category";
            case SCHOOL -> "school_id";
            case MONTH -> "DATE_FORMAT(day, '%Y-%m')";
            default -> "dimension";
        };
        String where = " WHERE measure = ? AND day BETWEEN ? AND ? AND school_id IN ("
                + String.join(", ", java.util.Collections.nCopies(schools.size(), "?")) + ")"
                + (category != null ? " AND category = ?" : "");
        List<Object> once = new ArrayList<>(List.of(measure, Date.valueOf(from), Date.valueOf(to)));
        once.addAll(schools);
        if (category != null) {
            once.add(category);
        }
        List<Object> twice = new ArrayList<>(once);
        twice.addAll(once);
        return new SumQuery("SELECT k, SUM(n) FROM (SELECT " + key + " AS k, n FROM insight_count"
                + where + " UNION ALL SELECT " + key + " AS k, n FROM insight_pending" + where + ") counted GROUP BY k",
                twice);
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
