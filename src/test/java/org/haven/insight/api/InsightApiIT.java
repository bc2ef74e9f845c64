package org.haven.insight.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.haven.testing.Api;
import org.haven.testing.Awaiting;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics API from outside, per role and scope. The figures of 2019 are counts this class writes into the
 * aggregates itself (no other test touches that year), so that every suppressed and shown cell is known; the
 * counting itself is checked by sending a report and opening its case, and reading the counters they moved.
 */
@OnSharedServer
class InsightApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static final String YEAR_2019 = "from=2019-01-01&to=2019-12-31";

    private Api api;

    @BeforeAll
    static void seed2019() {
        SharedServer.url(); // starts the server, and so migrates the database, when no class did yet
        // The fold locks counter rows as it adds to them (the demo's year at the server's first start): wait for it,
        // so that these deletes, which scan the counters, do not deadlock with it.
        org.haven.testing.Awaiting.until("the pending increments folded", java.time.Duration.ofSeconds(120),
                () -> Db.number("SELECT COUNT(*) FROM insight_pending") == 0);
        Db.update("DELETE FROM insight_count WHERE day BETWEEN '2019-01-01' AND '2019-12-31'");
        Db.update("DELETE FROM insight_month WHERE month BETWEEN '2019-01-01' AND '2019-12-01'");
        Db.update("DELETE FROM insight_pending WHERE day BETWEEN '2019-01-01' AND '2019-12-31'");
        // Collège: INSULTS 12 (March), THREATS 2 (a small number), EXCLUSION 6; Lycée: INSULTS 7, PHYSICAL 9.
        put("CASE", "2019-03-04", "DEMO-COLLEGE", "INSULTS", "STAFF", 12);
        put("CASE", "2019-05-06", "DEMO-COLLEGE", "THREATS", "REPORT", 2);
        put("CASE", "2019-05-07", "DEMO-COLLEGE", "EXCLUSION", "STAFF", 6);
        put("CASE", "2019-03-10", "DEMO-LYCEE", "INSULTS", "REPORT", 7);
        put("CASE", "2019-11-20", "DEMO-LYCEE", "PHYSICAL", "STAFF", 9);
        // Collège: 30 protocol steps on time, 3 late; Lycée: 6 escalations in June.
        put("STEP", "2019-04-02", "DEMO-COLLEGE", "INSULTS", "ON_TIME", 30);
        put("STEP", "2019-04-09", "DEMO-COLLEGE", "INSULTS", "LATE", 3);
        put("ESCALATION", "2019-06-14", "DEMO-LYCEE", "THREATS", "", 6);
        // Reports by channel: the Collège got 9 through the form and 6 from a survey's contact request.
        put("REPORT_CHANNEL", "2019-02-11", "DEMO-COLLEGE", "INSULTS", "FORM", 9);
        put("REPORT_CHANNEL", "2019-02-12", "DEMO-COLLEGE", "EXCLUSION", "SURVEY", 6);
    }

    /**
     * An increment as InsightCounts appends it: for the school and for the district (school id 0); the fold then
     * moves it into the day and month counters, and the figures read it wherever it is.
     */
    private static void put(String measure, String day, String school, String category, String dimension, long n) {
        long id = Db.number("SELECT id FROM school WHERE code = ?", school);
        for (long schoolId : new long[] {id, 0}) {
            Db.update("INSERT INTO insight_pending (measure, day, school_id, category, dimension, n) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
                    measure, day, schoolId, category, dimension, n);
        }
    }

    @BeforeEach
    void setUp() {
        api = new Api(Deployments.loopback(SharedServer.url()));
    }

    @Test
    void theDistrictLeadSeesTheDistrictWithSmallCountsAndTheirComplementHidden() {
        JsonObject f = ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=category", token("lead"), "en"));

        assertEquals("2019-01-01", f.getString("from"));
        assertEquals("2019-12-31", f.getString("to"));
        assertEquals(5, f.getInt("threshold"));
        Map<String, Long> rows = rows(f);
        assertEquals(10, rows.size(), "every category, zeros included: " + rows);
        assertEquals(19L, rows.get("INSULTS"));
        assertEquals(9L, rows.get("PHYSICAL"));
        assertEquals(0L, rows.get("DEEPFAKE"), "zero identifies nobody and is shown");
        assertEquals(null, rows.get("THREATS"), "2 is below the threshold");
        assertEquals(null, rows.get("EXCLUSION"), "6 hidden too, else 36 - 19 - 9 - 6 would give THREATS");
        assertTrue(suppressed(f, "THREATS") && suppressed(f, "EXCLUSION"));
        assertFalse(suppressed(f, "INSULTS"));
        assertEquals(36, f.getJsonNumber("total").longValue());
        JsonObject threats = row(f, "THREATS");
        assertEquals(JsonValue.ValueType.NULL, threats.get("count").getValueType(), "count: null, not left out");
    }

    @Test
    void theDistrictLeadBreaksDownBySchoolAndMonth() {
        Map<String, Long> bySchool = rows(ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=school",
                token("lead"), "en")));
        Map<String, Long> byMonth = rows(ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=month&level=LYCEE",
                token("lead"), "en")));

        assertEquals(20L, bySchool.get("DEMO-COLLEGE"));
        assertEquals(16L, bySchool.get("DEMO-LYCEE"));
        assertEquals(0L, bySchool.get("DEMO-ECOLE"));
        assertEquals(12, byMonth.size(), byMonth.toString());
        assertEquals(7L, byMonth.get("2019-03"));
        assertEquals(9L, byMonth.get("2019-11"));
        assertEquals(0L, byMonth.get("2019-05"), "the Collège's May cases are not at the lycée level");
    }

    @Test
    void aFigureThatRestsOnFewerThanTheThresholdIsNotShownAtAll() {
        JsonObject f = ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=school&category=THREATS",
                token("lead"), "en"));

        assertEquals(JsonValue.ValueType.NULL, f.get("total").getValueType(), f.toString());
        assertTrue(suppressed(f, "DEMO-COLLEGE"), f.toString());
        assertEquals(0L, rows(f).get("DEMO-LYCEE"));
    }

    @Test
    void aHeadOfSchoolAndAReferentSeeTheirSchoolOnly() {
        for (String role : new String[] {"head", "referent"}) {
            JsonObject bySchool = ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=school", token(role), "en"));
            JsonObject byCategory = ok(api.get("api/v1/insight/cases?" + YEAR_2019, token(role), "en"));

            assertEquals(Map.of("DEMO-COLLEGE", 20L), rows(bySchool), role);
            assertEquals(12L, rows(byCategory).get("INSULTS"), role);
            assertEquals(0L, rows(byCategory).get("PHYSICAL"), role + ": the Lycée's cases are not counted");
            assertEquals(20, byCategory.getJsonNumber("total").longValue(), role);
        }
    }

    @Test
    void whatIsFoldedIsReadFromTheMonthCountersAndThePartialMonthsFromTheDays() {
        Awaiting.until("the 2019 increments folded", Duration.ofSeconds(60),
                () -> Db.number("SELECT COUNT(*) FROM insight_pending WHERE day BETWEEN '2019-01-01' AND '2019-12-31'")
                        == 0);
        assertEquals(36, Db.number("SELECT SUM(n) FROM insight_month WHERE measure = 'CASE' AND school_id = 0"
                + " AND category = '*' AND month BETWEEN '2019-01-01' AND '2019-12-01'"), "the district's months");

        // 5 March to 20 November: the Collège's 12 insults of 4 March fall outside, the 20 November inside.
        JsonObject f = ok(api.get("api/v1/insight/cases?from=2019-03-05&to=2019-11-20&by=category", token("lead"),
                "en"));
        Map<String, Long> rows = rows(f);
        assertEquals(7L, rows.get("INSULTS"), f.toString());
        assertEquals(9L, rows.get("PHYSICAL"), f.toString());
        assertTrue(suppressed(f, "THREATS") && suppressed(f, "EXCLUSION"), f.toString());
        assertEquals(24, f.getJsonNumber("total").longValue());
        Map<String, Long> byMonth = rows(ok(api.get("api/v1/insight/cases?from=2019-03-05&to=2019-11-20&by=month"
                + "&school=DEMO-LYCEE", token("lead"), "en")));
        assertEquals(7L, byMonth.get("2019-03"));
        assertEquals(9L, byMonth.get("2019-11"));
    }

    @Test
    void reportsAndCasesByChannelSplitOutSurveys() {
        JsonObject reports = ok(api.get("api/v1/insight/reports?" + YEAR_2019 + "&by=channel", token("head"), "en"));
        JsonObject cases = ok(api.get("api/v1/insight/cases?" + YEAR_2019 + "&by=channel", token("lead"), "en"));

        assertEquals(Map.of("FORM", 9L, "SURVEY", 6L), rows(reports));
        assertEquals(java.util.List.of("REPORT", "SURVEY", "STAFF"), java.util.List.copyOf(rows(cases).keySet()));
        assertEquals(27L, rows(cases).get("STAFF"));
        assertEquals(0L, rows(cases).get("SURVEY"));
        assertEquals(Map.of("FORM", 0L, "SURVEY", 0L), rows(ok(api.get("api/v1/insight/reports?" + YEAR_2019
                + "&by=channel&school=DEMO-LYCEE", token("lead"), "en"))), "the Lycée had none");
    }

    @Test
    void overdueStepsReferralsAndTakedownsAreCountedInTheReadersScope() {
        int year = 1990 + new java.util.Random().nextInt(25);
        String period = "from=" + year + "-01-01&to=" + year + "-12-31";
        String step = "it_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.List<Long> opened = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 7; i++) {
                long id = copyOfACase(i < 5 ? "DEMO-COLLEGE" : "DEMO-LYCEE", year);
                opened.add(id);
                Db.update("INSERT INTO case_step (case_id, school_id, step_id, status, due_at) SELECT id, school_id, ?,"
                        + " 'DUE', ? FROM case_file WHERE id = ?", step,
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(2))), id);
                Db.update("INSERT INTO referral (case_id, school_id, kind, status, created_at, updated_at) SELECT id,"
                        + " school_id, 'POLICE', ?, ?, ? FROM case_file WHERE id = ?", i < 6 ? "SENT" : "ACCEPTED",
                        year + "-04-0" + (1 + i) + " 10:00:00", year + "-04-0" + (1 + i) + " 10:00:00", id);
                Db.update("INSERT INTO takedown_request (case_id, school_id, platform, content_url, kind, sent_at,"
                        + " status, answered_at, created_by, created_at) SELECT id, school_id, 'OTHER',"
                        + " 'https://example.org/it', 'HARASSMENT', ?, ?, ?, 'it', ? FROM case_file WHERE id = ?",
                        year + "-05-01 09:00:00", i < 6 ? "REMOVED" : "SENT",
                        i < 6 ? year + "-05-0" + (2 + i % 2) + " 09:00:00" : null, year + "-05-01 09:00:00", id);
            }

            // DOXXING: no other case of the shared server has a step overdue in that category.
            Map<String, Long> overdue = rows(ok(api.get("api/v1/insight/overdue-steps?by=step&category=DOXXING",
                    token("lead"), "en")));
            assertEquals(7L, overdue.get(step), overdue.toString());
            Map<String, Long> headOverdue = rows(ok(api.get("api/v1/insight/overdue-steps?by=step&category=DOXXING",
                    token("head"), "en")));
            assertEquals(5L, headOverdue.get(step), "the Collège's five only: " + headOverdue);
            JsonObject now = ok(api.get("api/v1/insight/overdue-steps?by=school&from=2001-01-01", token("lead"), "en"));
            assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), now.getString("from"), "a figure of today");

            JsonObject kinds = ok(api.get("api/v1/insight/referrals?" + period + "&by=kind", token("lead"), "en"));
            assertEquals(7L, rows(kinds).get("POLICE"), kinds.toString());
            assertEquals(0L, rows(kinds).get("CHILD_PROTECTION"), "every kind, zeros included");
            JsonObject outcomes = ok(api.get("api/v1/insight/referrals?" + period + "&by=outcome", token("lead"),
                    "en"));
            assertTrue(suppressed(outcomes, "ACCEPTED") && suppressed(outcomes, "SENT"),
                    "1 accepted is hidden, and the 6 sent with it: " + outcomes);
            assertFalse(rows(outcomes).containsKey("DRAFT"), "a draft was never sent");
            assertEquals(7, outcomes.getJsonNumber("total").longValue());
            Map<String, Long> headKinds = rows(ok(api.get("api/v1/insight/referrals?" + period + "&by=kind",
                    token("head"), "en")));
            assertEquals(5L, headKinds.get("POLICE"), headKinds.toString());

            JsonObject delays = ok(api.get("api/v1/insight/takedowns?" + period + "&by=delay", token("lead"), "en"));
            assertTrue(suppressed(delays, "UNANSWERED"), delays.toString());
            assertTrue(suppressed(delays, "DAYS_0_3"), "the 6 answered within 3 days hidden with the 1: " + delays);
            assertEquals(0L, rows(delays).get("OVER_30"));
            assertEquals(7, delays.getJsonNumber("total").longValue());
            Map<String, Long> kindsOfContent = rows(ok(api.get("api/v1/insight/takedowns?" + period + "&by=kind",
                    token("lead"), "en")));
            assertEquals(7L, kindsOfContent.get("HARASSMENT"), kindsOfContent.toString());
            JsonObject lycee = ok(api.get("api/v1/insight/takedowns?" + period + "&by=outcome&school=DEMO-LYCEE",
                    token("lead"), "en"));
            assertTrue(lycee.isNull("total"), "two requests at the Lycée: the whole figure hidden " + lycee);
            assertEquals(404, api.get("api/v1/insight/takedowns?" + period + "&school=DEMO-LYCEE", token("head"),
                    "en").status());
        } finally {
            for (long id : opened) {
                Db.update("UPDATE case_file SET status = 'CLOSED', closed_at = NOW(6) WHERE id = ?", id);
                Db.update("UPDATE case_step SET status = 'SKIPPED' WHERE case_id = ?", id);
            }
        }
    }

    @Test
    void trainingComplianceIsCountedBySchoolAndRoleWithinTheScope() {
        JsonObject status = ok(api.get("api/v1/insight/training", token("lead"), "en"));
        JsonObject bySchool = ok(api.get("api/v1/insight/training?by=school", token("lead"), "en"));
        JsonObject headBySchool = ok(api.get("api/v1/insight/training?by=school", token("head"), "en"));
        JsonObject byRole = ok(api.get("api/v1/insight/training?by=role", token("referent"), "en"));

        assertEquals(java.util.List.of("TRAINED", "LATE", "IN_PROGRESS", "NOT_STARTED"),
                java.util.List.copyOf(rows(status).keySet()));
        assertEquals("status", status.getString("by"));
        assertTrue(rows(bySchool).keySet().containsAll(java.util.List.of("DEMO-COLLEGE/TRAINED",
                "DEMO-LYCEE/NOT_STARTED", "DEMO-ECOLE/LATE")), bySchool.toString());
        assertTrue(rows(headBySchool).keySet().stream().allMatch(k -> k.startsWith("DEMO-COLLEGE/")),
                "a head of school sees their school: " + headBySchool);
        assertEquals(4, rows(headBySchool).size());
        assertTrue(rows(byRole).keySet().stream().allMatch(k -> k.matches("[A-Z_]+/[A-Z_]+")), byRole.toString());
        assertTrue(rows(status).values().stream().allMatch(v -> v == null || v == 0 || v >= 5),
                "no count from 1 to 4 is shown: " + status);
        assertEquals(403, api.get("api/v1/insight/training", token("teacher"), "en").status());
    }

    /** A copy of a demo case, open, in this school, opened in this year; its id. */
    private static long copyOfACase(String school, int year) {
        String number = "I" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        java.util.List<String> columns = Db.rows("SELECT column_name AS c FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'case_file' AND column_name NOT IN ('id', 'number')"
                + " ORDER BY ordinal_position").stream().map(r -> (String) r.get("c")).toList();
        String list = String.join(", ", columns);
        Db.update("INSERT INTO case_file (number, " + list + ") SELECT ?, " + list + " FROM case_file WHERE id ="
                + " (SELECT MIN(id) FROM case_file WHERE anonymised_at IS NULL)", number);
        Db.update("UPDATE case_file SET school_id = (SELECT id FROM school WHERE code = ?), opened_at = ?,"
                + " report_id = NULL, status = 'IN_PROTOCOL', closed_at = NULL, category = 'DOXXING' WHERE number = ?",
                school,
                year + "-03-15 10:00:00", number);
        return Db.number("SELECT id FROM case_file WHERE number = ?", number);
    }

    @Test
    void theDemoDistrictHasAYearOfFiguresByDefault() {
        JsonObject byMonth = ok(api.get("api/v1/insight/cases?by=month", token("lead"), "en"));
        JsonObject delays = ok(api.get("api/v1/insight/reports?by=delay", token("lead"), "en"));

        assertTrue(byMonth.getJsonArray("rows").size() >= 12, byMonth.toString());
        assertTrue(byMonth.getJsonNumber("total").longValue() >= 100, "a year of cases: " + byMonth);
        assertTrue(rows(delays).values().stream().filter(v -> v != null && v > 0).count() >= 2,
                "first actions in several delay buckets: " + delays);
    }

    @Test
    void aTwoRowTableWithOneSmallCellHidesBothAndKeepsTheTotal() {
        JsonObject steps = ok(api.get("api/v1/insight/steps?" + YEAR_2019 + "&by=timeliness", token("head"), "en"));
        Map<String, Long> escalations = rows(ok(api.get("api/v1/insight/escalations?" + YEAR_2019 + "&by=month",
                token("lead"), "en")));

        assertTrue(suppressed(steps, "LATE"), steps.toString());
        assertTrue(suppressed(steps, "ON_TIME"), "else 33 - 30 gives the late steps: " + steps);
        assertEquals(33, steps.getJsonNumber("total").longValue());
        assertEquals(6L, escalations.get("2019-06"));
        assertEquals(0L, escalations.get("2019-07"));
    }

    @ParameterizedTest
    @CsvSource({"DEMO-LYCEE", "NO-SUCH-SCHOOL"})
    void anotherSchoolOrAnUnknownOneIsNotFoundForAHeadOfSchool(String code) {
        Api.Answer a = api.get("api/v1/insight/cases?" + YEAR_2019 + "&school=" + code, token("head"), "en");

        assertEquals(404, a.status(), a.body());
        assertFalse(a.body().contains("Lycée"), a.body());
    }

    @ParameterizedTest
    @CsvSource({"admin", "teacher", "student", "parent"})
    void otherRolesAreRefused(String role) {
        for (String figure : new String[] {"cases", "reports", "reopened", "steps", "escalations", "overdue-steps",
                "referrals", "takedowns", "training"}) {
            assertEquals(403, api.get("api/v1/insight/" + figure + "?" + YEAR_2019, token(role), "en").status(),
                    role + " " + figure);
        }
        assertEquals(401, api.get("api/v1/insight/cases", null, "en").status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cases?from=2019-12-31&to=2019-01-01 | from | insight.period.backwards",
            "cases?from=2019-02-30 | from | insight.date.invalid",
            "cases?from=yesterday&to=2019-01-01 | from | insight.date.invalid",
            "cases?from=2010-01-01&to=2019-01-01 | to | insight.period.tooLong",
            "cases?by=colour | by | insight.by.invalid",
            "cases?by=urgent | by | insight.by.invalid",
            "reports?by=kind | by | insight.by.invalid",
            "referrals?by=delay | by | insight.by.invalid",
            "referrals?from=2019-12-31&to=2019-01-01 | from | insight.period.backwards",
            "takedowns?from=2019-02-30 | from | insight.date.invalid",
            "takedowns?by=step | by | insight.by.invalid",
            "overdue-steps?by=month | by | insight.by.invalid",
            "overdue-steps?category=GOSSIP | category | insight.category.invalid",
            "training?by=category | by | insight.by.invalid",
            "training?level=UNIVERSITY | level | insight.level.invalid",
            "steps?by=delay | by | insight.by.invalid",
            "cases?category=GOSSIP | category | insight.category.invalid",
            "cases?level=UNIVERSITY | level | insight.level.invalid",
            "cases?school=NO-SUCH-SCHOOL | school | insight.school.unknown"})
    void badInputIsAFieldErrorInTheReadersLanguage(String query, String field, String key) {
        Api.Answer en = api.get("api/v1/insight/" + query, token("lead"), "en");
        Api.Answer fr = api.get("api/v1/insight/" + query, token("lead"), "fr");

        assertEquals(400, en.status(), en.body());
        assertEquals(400, fr.status(), fr.body());
        JsonObject violation = en.json().asJsonObject().getJsonArray("violations").getJsonObject(0);
        assertEquals(field, violation.getString("field"), en.body());
        String message = violation.getString("message");
        assertFalse(message.isBlank() || message.contains(key), "translated, not the key: " + en.body());
        assertFalse(message.equals(fr.json().asJsonObject().getJsonArray("violations").getJsonObject(0)
                .getString("message")), "French differs from English: " + fr.body());
    }

    @Test
    void aReportAndTheOpeningOfItsCaseMoveTheCountersInTheirOwnTransaction() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        long reports = counter("REPORT", today, "DEMO-LYCEE", "DEEPFAKE", "U0A0W1");
        long districtReports = districtCounter("REPORT", today, "DEEPFAKE", "U0A0W1");
        long cases = counter("CASE", today, "DEMO-LYCEE", "DEEPFAKE", "REPORT");
        long caseDelays = counter("CASE_DELAY", today, "DEMO-LYCEE", "DEEPFAKE", "DAYS_0_3");
        long firstActions = counter("REPORT_DELAY", today, "DEMO-LYCEE", "DEEPFAKE", "DAYS_0_3");
        JsonObject report = Json.createObjectBuilder()
                .add("schoolCode", "DEMO-LYCEE").add("category", "DEEPFAKE")
                .add("description", "Une fausse vidéo de moi circule dans le groupe de la classe depuis hier.")
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("witness", true).add("anonymous", false).add("reporterName", "Témoin")
                .add("risk", Json.createObjectBuilder().add("immediateDanger", false).add("selfHarm", false)
                        .add("threats", false).add("locationShared", false).add("blackmail", false)
                        .add("intimateImages", false))
                .build();

        Api.Answer refused = api.post("api/v1/reports", Json.createObjectBuilder(report).add("category", "GOSSIP")
                .build().toString(), null, "fr");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(reports, counter("REPORT", today, "DEMO-LYCEE", "DEEPFAKE", "U0A0W1"), "a refused report");

        Api.Answer sent = api.post("api/v1/reports", report.toString(), null, "fr");
        assertEquals(201, sent.status(), sent.body());
        assertEquals(reports + 1, counter("REPORT", today, "DEMO-LYCEE", "DEEPFAKE", "U0A0W1"));
        assertEquals(districtReports + 1, districtCounter("REPORT", today, "DEEPFAKE", "U0A0W1"), "the district's too");
        long reportId = Db.number("SELECT MAX(id) FROM report WHERE category = 'DEEPFAKE'");

        Api.Answer opened = api.post("api/v1/cases/from-report/" + reportId, "{}",
                api.token("referent.lycee", PASSWORD), "fr");
        assertTrue(opened.status() == 200 || opened.status() == 201, opened.body());
        assertEquals(cases + 1, counter("CASE", today, "DEMO-LYCEE", "DEEPFAKE", "REPORT"));
        assertEquals(caseDelays + 1, counter("CASE_DELAY", today, "DEMO-LYCEE", "DEEPFAKE", "DAYS_0_3"));
        assertEquals(firstActions + 1, counter("REPORT_DELAY", today, "DEMO-LYCEE", "DEEPFAKE", "DAYS_0_3"));

        api.post("api/v1/cases/from-report/" + reportId, "{}", api.token("referent.lycee", PASSWORD), "fr");
        assertEquals(cases + 1, counter("CASE", today, "DEMO-LYCEE", "DEEPFAKE", "REPORT"), "opened once");
        assertEquals(firstActions + 1, counter("REPORT_DELAY", today, "DEMO-LYCEE", "DEEPFAKE", "DAYS_0_3"),
                "only the first action on a report counts");

        // The increments were appended (no counter row locked by the report's transaction); the fold moves them
        // into the counters within seconds, and the sums do not change.
        Awaiting.until("the increments to be folded into the counters", Duration.ofSeconds(60),
                () -> Db.number("SELECT COUNT(*) FROM insight_pending") == 0);
        assertEquals(reports + 1, counter("REPORT", today, "DEMO-LYCEE", "DEEPFAKE", "U0A0W1"));
        assertEquals(districtReports + 1, districtCounter("REPORT", today, "DEEPFAKE", "U0A0W1"));
        assertEquals(cases + 1, counter("CASE", today, "DEMO-LYCEE", "DEEPFAKE", "REPORT"));
    }

    @Test
    void theCsvCarriesTheSameSuppression() {
        Api.Answer csv = api.get("api/v1/insight/cases?" + YEAR_2019 + "&format=csv", token("lead"), "en");

        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().startsWith("category,count\r\n"), csv.body());
        assertTrue(csv.body().contains("INSULTS,19\r\n"), csv.body());
        assertTrue(csv.body().contains("THREATS,suppressed\r\n"), csv.body());
        assertTrue(csv.body().contains("EXCLUSION,suppressed\r\n"), csv.body());
        assertTrue(csv.body().endsWith("total,36\r\n"), csv.body());
        assertFalse(csv.body().contains(",2\r\n") || csv.body().contains(",6\r\n"), csv.body());
    }

    @Test
    void readingFiguresIsAudited() {
        long before = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'INSIGHT_VIEWED'");

        ok(api.get("api/v1/insight/reports?" + YEAR_2019 + "&by=anonymous", token("lead"), "en"));

        assertEquals(before + 1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'INSIGHT_VIEWED'"));
    }

    /** A counter as the dashboards read it: folded, plus what is still pending. */
    private static long counter(String measure, String day, String school, String category, String dimension) {
        return Db.number("SELECT COALESCE(SUM(n), 0) FROM (SELECT school_id, measure, day, category, dimension, n"
                + " FROM insight_count UNION ALL SELECT school_id, measure, day, category, dimension, n"
                + " FROM insight_pending) c JOIN school s ON s.id = c.school_id "
                + "WHERE measure = ? AND day = ? AND s.code = ? AND category = ? AND dimension = ?",
                measure, day, school, category, dimension);
    }

    private static long districtCounter(String measure, String day, String category, String dimension) {
        return Db.number("SELECT COALESCE(SUM(n), 0) FROM (SELECT school_id, measure, day, category, dimension, n"
                + " FROM insight_count UNION ALL SELECT school_id, measure, day, category, dimension, n"
                + " FROM insight_pending) c WHERE school_id = 0 AND measure = ? AND day = ? AND category = ?"
                + " AND dimension = ?", measure, day, category, dimension);
    }

    @Test
    void repeatAuthorsAreCountedWithoutNamesInTheReadersScopeAndSuppressedWhenFew() {
        int year = 1990 + new java.util.Random().nextInt(25);
        String period = "from=" + year + "-01-01&to=" + year + "-12-31";
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int a = 0; a < 2; a++) {
            for (int c = 0; c < 2; c++) {
                caseWithAuthor("DEMO-COLLEGE", year, "Auteur " + tag + " " + a);
            }
        }
        caseWithAuthor("DEMO-LYCEE", year, "Auteur " + tag + " lycée");
        caseWithAuthor("DEMO-LYCEE", year, "AUTEUR " + tag + " LYCÉE");

        JsonObject few = ok(api.get("api/v1/insight/repeat-authors?" + period, token("lead"), "en"));
        assertTrue(few.isNull("count"), "3 repeat authors in the district: fewer than 5, hidden " + few);
        assertTrue(few.getBoolean("suppressed"));
        assertFalse(few.toString().contains(tag), "never a name");

        for (int a = 2; a < 4; a++) {
            for (int c = 0; c < 2; c++) {
                caseWithAuthor("DEMO-COLLEGE", year, "Auteur " + tag + " " + a);
            }
        }
        JsonObject district = ok(api.get("api/v1/insight/repeat-authors?" + period, token("lead"), "en"));
        assertEquals(5, district.getJsonNumber("count").longValue(), district.toString());
        assertFalse(district.getBoolean("suppressed"));
        JsonObject lycee = ok(api.get("api/v1/insight/repeat-authors?" + period + "&school=DEMO-LYCEE", token("lead"),
                "en"));
        assertTrue(lycee.isNull("count"), "one repeat author at the lycée (same name typed twice): hidden " + lycee);
        JsonObject head = ok(api.get("api/v1/insight/repeat-authors?" + period, token("head"), "en"));
        assertTrue(head.isNull("count"), "the collège's 4 (not the lycée's): hidden for its head too " + head);
        assertEquals(404, api.get("api/v1/insight/repeat-authors?" + period + "&school=DEMO-LYCEE", token("head"),
                "en").status(), "another school is not found for a head of school");
        assertEquals(403, api.get("api/v1/insight/repeat-authors?" + period, token("teacher"), "en").status());
    }

    /** A copy of a demo case of this school opened in this year, with one alleged author typed by name. */
    private static void caseWithAuthor(String school, int year, String author) {
        String number = "R" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        java.util.List<String> columns = Db.rows("SELECT column_name AS c FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'case_file' AND column_name NOT IN ('id', 'number')"
                + " ORDER BY ordinal_position").stream().map(r -> (String) r.get("c")).toList();
        String list = String.join(", ", columns);
        Db.update("INSERT INTO case_file (number, " + list + ") SELECT ?, " + list + " FROM case_file WHERE id ="
                + " (SELECT MIN(id) FROM case_file WHERE anonymised_at IS NULL)", number);
        Db.update("UPDATE case_file SET school_id = (SELECT id FROM school WHERE code = ?), opened_at = ?,"
                + " report_id = NULL WHERE number = ?", school, year + "-06-15 10:00:00", number);
        Db.update("INSERT INTO case_party (case_id, person_id, display_name, class_name, part) SELECT id, NULL, ?,"
                + " NULL, 'ALLEGED_AUTHOR' FROM case_file WHERE number = ?", author, number);
    }

    private String token(String role) {
        String user = switch (role) {
            case "lead", "admin" -> role;
            default -> role + ".college";
        };
        return api.token(user, PASSWORD);
    }

    private static JsonObject ok(Api.Answer a) {
        assertEquals(200, a.status(), a.body());
        assertEquals("no-store", a.header("Cache-Control"));
        return a.json().asJsonObject();
    }

    /** Key -> count, null for a suppressed row. */
    private static Map<String, Long> rows(JsonObject figure) {
        Map<String, Long> rows = new LinkedHashMap<>();
        JsonArray array = figure.getJsonArray("rows");
        for (JsonValue v : array) {
            JsonObject r = v.asJsonObject();
            rows.put(r.getString("key"), r.isNull("count") ? null : r.getJsonNumber("count").longValue());
        }
        return rows;
    }

    private static JsonObject row(JsonObject figure, String key) {
        return figure.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("key").equals(key)).findFirst().orElseThrow();
    }

    private static boolean suppressed(JsonObject figure, String key) {
        return row(figure, key).getBoolean("suppressed");
    }
}
