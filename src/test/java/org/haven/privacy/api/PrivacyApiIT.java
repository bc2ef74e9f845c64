package org.haven.privacy.api;

import org.haven.signin.TestStaff;
import org.haven.testing.Api;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention with a legal hold, the subject-access export's redaction, erasure and its refusals (issue 21). Works on
 * copies of a demo case (new numbers, no report), never on the demo district's own records.
 */
@OnSharedServer
class PrivacyApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static final String OTHER = "Zorglub Tartempion";

    URL url = SharedServer.url();

    private Api api;
    private URI base;
    private String admin;

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        api = new Api(base);
        admin = api.token("admin", PASSWORD);
    }

    @Test
    void aHoldStopsThePurgeAndAnonymisationLeavesTheStatistics() {
        long old = copyOfADemoCase(4000, null);
        Db.update("INSERT INTO referral (case_id, school_id, kind, status, recipient, reason, shared, created_at,"
                + " updated_at) SELECT id, school_id, 'CHILD_PROTECTION', 'DONE', 'Mme Recipiendaire', ?, ?, NOW(6),"
                + " NOW(6) FROM case_file WHERE id = ?", OTHER + " menace la cible", "Le nom et la classe de la cible",
                old);
        Db.update("INSERT INTO support_plan (case_id, trusted_adult, trusted_adult_role, updated_at, updated_by)"
                + " VALUES (?, 'M. Adulte de Confiance', 'CPE', NOW(6), (SELECT MIN(id) FROM account))", old);
        long held = copyOfADemoCase(4000, null);
        String heldNumber = number(held);
        Map<String, Object> before = Db.rows("SELECT school_id, category, status, opened_at, closed_at, risk_level"
                + " FROM case_file WHERE id = ?", old).get(0);

        assertEquals(204, api.post("api/v1/admin/privacy/holds",
                "{\"caseNumber\":\"" + heldNumber + "\",\"reason\":\"Enquête de police en cours\"}", admin, "en").status());
        Api.Answer plan = api.get("api/v1/admin/privacy/retention", admin, "en");
        assertEquals(200, plan.status(), plan.body());
        Map<String, jakarta.json.JsonObject> lines = plan.json().asJsonArray().getValuesAs(jakarta.json.JsonObject.class)
                .stream().collect(Collectors.toMap(o -> o.getString("dataClass"), o -> o));
        assertEquals(8, lines.size());
        assertTrue(lines.get("CLOSED_CASES").getJsonNumber("due").longValue() >= 1, plan.body());
        assertTrue(lines.get("CLOSED_CASES").getJsonNumber("held").longValue() >= 1, plan.body());
        assertEquals(OTHER + " a insulté la cible", description(old), "a dry run changes nothing");

        assertEquals(200, api.post("api/v1/admin/privacy/retention", "", admin, "en").status());

        assertEquals("—", description(old));
        assertEquals(List.of("—"), Db.rows("SELECT DISTINCT display_name FROM case_party WHERE case_id = ?", old)
                .stream().map(r -> r.get("display_name")).toList());
        assertEquals(before, Db.rows("SELECT school_id, category, status, opened_at, closed_at, risk_level"
                + " FROM case_file WHERE id = ?", old).get(0), "what statistics count is kept");
        assertEquals(OTHER + " a insulté la cible", description(held), "the hold kept it");
        assertEquals(List.of(Map.of("kind", "CHILD_PROTECTION", "status", "DONE")), Db.rows("SELECT kind, status"
                + " FROM referral WHERE case_id = ? AND reason IS NULL AND shared IS NULL AND recipient IS NULL", old),
                "safeguarding's texts about the pupils go too; what statistics count stays");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM support_plan WHERE case_id = ? AND trusted_adult IS NOT NULL",
                old), "the trusted adult's name goes");
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_PURGED'"
                + " AND record_id = 'CLOSED_CASES'") > 0);
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LEGAL_HOLD_SET' AND record_id = ?",
                String.valueOf(held)) == 1);

        assertEquals(204, api.post("api/v1/admin/privacy/holds/release", "{\"caseNumber\":\"" + heldNumber + "\"}",
                admin, "en").status());
        api.post("api/v1/admin/privacy/retention", "", admin, "en");
        assertEquals("—", description(held), "released, the next purge takes it");
    }

    @Test
    void surveyAnswersGoTwoSchoolYearsAfterTheirCampaignClosedAndTheCampaignStays() {
        long school = Db.number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        Db.update("INSERT INTO survey_campaign (school_id, survey_id, survey_version, survey_source, title, opens_on,"
                + " closes_on, created_at) VALUES (?, 'pupils-secondary', 1, 'old', 'Enquête 2021', '2021-03-01',"
                + " '2021-03-31', '2021-03-01 08:00:00')", school);
        long campaign = Db.number("SELECT MAX(id) FROM survey_campaign");
        Db.update("INSERT INTO survey_group (campaign_id, label, access_code) VALUES (?, '4e A', ?)", campaign,
                "OLD" + (campaign % 100000));
        long group = Db.number("SELECT MAX(id) FROM survey_group");
        long response = 900_000_000L + campaign;
        Db.update("INSERT INTO survey_response (id, campaign_id, group_id, answered_on) VALUES (?, ?, ?, '2021-03-10')",
                response, campaign, group);
        Db.update("INSERT INTO survey_answer (response_id, position, question_id, value) VALUES (?, 1, 'feel', '2')",
                response);
        long recent = Db.number("SELECT COUNT(*) FROM survey_response r JOIN survey_campaign c ON c.id = r.campaign_id"
                + " WHERE c.closes_on > CURRENT_DATE - INTERVAL 700 DAY");

        Api.Answer plan = api.get("api/v1/admin/privacy/retention", admin, "en");
        jakarta.json.JsonObject line = plan.json().asJsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(o -> o.getString("dataClass").equals("SURVEY_ANSWERS")).findFirst().orElseThrow();
        assertTrue(line.getJsonNumber("due").longValue() >= 1, plan.body());
        assertEquals(200, api.post("api/v1/admin/privacy/retention", "", admin, "en").status());

        assertEquals(0, Db.number("SELECT COUNT(*) FROM survey_answer WHERE response_id = ?", response));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM survey_response WHERE id = ?", response));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM survey_campaign WHERE id = ?", campaign), "the campaign stays");
        assertEquals(recent, Db.number("SELECT COUNT(*) FROM survey_response r JOIN survey_campaign c"
                + " ON c.id = r.campaign_id WHERE c.closes_on > CURRENT_DATE - INTERVAL 700 DAY"), "recent answers stay");
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_PURGED'"
                + " AND record_id = 'SURVEY_ANSWERS'") > 0);
    }

    @Test
    void aHoldOnAnUnknownCaseOrWithoutReasonIsRefusedOnItsField() {
        Api.Answer unknown = api.post("api/v1/admin/privacy/holds",
                "{\"caseNumber\":\"NO-SUCH-CASE\",\"reason\":\"x\"}", admin, "en");
        Api.Answer noReason = api.post("api/v1/admin/privacy/holds",
                "{\"caseNumber\":\"" + number(copyOfADemoCase(10, null)) + "\",\"reason\":\" \"}", admin, "en");

        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("caseNumber"), unknown.body());
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
    }

    @Test
    void theExportOfAPupilRedactsTheOtherPupilAndErasureIsRefusedWhileTheCaseIsKept() throws Exception {
        long pupil = Db.number("SELECT person_id FROM account WHERE username = 'student.college'");
        long kept = copyOfADemoCase(10, pupil);

        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/v1/admin/privacy/exports"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"student.college\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, zip.statusCode());
        Map<String, byte[]> files = unzip(zip.body());
        assertEquals(java.util.Set.of("data.json", "summary.pdf"), files.keySet());
        String json = new String(files.get("data.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains(number(kept)), "the pupil's case is in it");
        assertTrue(json.contains("[redacted] a insulté la cible"), json);
        assertFalse(json.contains("Zorglub") || json.contains("Tartempion"), "the other pupil's name is nowhere");
        assertEquals("%PDF", new String(files.get("summary.pdf"), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM privacy_request WHERE kind = 'EXPORT' AND outcome = 'DONE'"
                + " AND person_id = ? AND subject = 'student.college'", pupil) > 0 ? 1 : 0);

        Api.Answer refused = api.post("api/v1/admin/privacy/erasures", "{\"subject\":\"student.college\"}", admin, "en");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("retention period"), refused.body());
        assertTrue(Db.number("SELECT COUNT(*) FROM privacy_request WHERE kind = 'ERASURE' AND outcome = 'REFUSED'"
                + " AND person_id = ?", pupil) > 0);
        assertEquals(200, api.post("api/v1/auth/token", "{\"username\":\"student.college\",\"password\":\"" + PASSWORD
                + "\"}", null, "en").status(), "nothing was erased");
    }

    @Test
    void anUnknownPersonIsA404OnTheFieldAndIsRecorded() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer export = api.post("api/v1/admin/privacy/exports", "{\"subject\":\"" + nobody + "\"}", admin, "en");
        Api.Answer erase = api.post("api/v1/admin/privacy/erasures", "{\"subject\":\"" + nobody + "\"}", admin, "en");

        assertEquals(404, export.status());
        assertEquals("subject", export.json().asJsonObject().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(404, erase.status());
        assertEquals(2, Db.number("SELECT COUNT(*) FROM privacy_request WHERE subject = ? AND outcome = 'UNKNOWN_SUBJECT'", nobody));
    }

    @Test
    void aPersonWithNothingToKeepIsErasedAndCannotSignInAgain() {
        String username = TestStaff.newReferent("erase-me");
        long id = TestStaff.id(username);

        Api.Answer done = api.post("api/v1/admin/privacy/erasures", "{\"subject\":\"" + username + "\"}", admin, "en");

        assertEquals(200, done.status(), done.body());
        assertEquals(401, api.post("api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\"}", null, "en").status());
        assertEquals("erased-" + id, Db.single("SELECT username FROM account WHERE id = ?", id));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUBJECT_ERASED'") > 0);
    }

    /**
     * A copy of a demo case (its protocol, school and category) under a new number, closed this many days ago, with
     * two parties: another pupil named in the text, and the given person as the target (or nobody).
     */
    private static long copyOfADemoCase(int closedDaysAgo, Long target) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        List<String> columns = Db.rows("SELECT column_name AS c FROM information_schema.columns WHERE table_schema ="
                        + " DATABASE() AND table_name = 'case_file' AND column_name NOT IN ('id', 'number') ORDER BY ordinal_position")
                .stream().map(r -> (String) r.get("c")).toList();
        String list = String.join(", ", columns);
        Db.update("INSERT INTO case_file (number, " + list + ") SELECT ?, " + list + " FROM case_file WHERE id ="
                + " (SELECT MIN(id) FROM case_file WHERE anonymised_at IS NULL AND number NOT LIKE 'T%')", number);
        long id = Db.number("SELECT id FROM case_file WHERE number = ?", number);
        Db.update("UPDATE case_file SET status = 'CLOSED', closed_at = NOW(6) - INTERVAL ? DAY, report_id = NULL,"
                + " description = ?, legal_hold_at = NULL, legal_hold_reason = NULL, anonymised_at = NULL WHERE id = ?",
                closedDaysAgo, OTHER + " a insulté la cible", id);
        Db.update("INSERT INTO case_party (case_id, person_id, display_name, class_name, part) VALUES (?, NULL, ?, '4B',"
                + " 'ALLEGED_AUTHOR')", id, OTHER);
        Db.update("INSERT INTO case_party (case_id, person_id, display_name, class_name, part) VALUES (?, ?, 'La cible',"
                + " '4A', 'TARGET')", id, target);
        return id;
    }

    private static String number(long caseId) {
        return (String) Db.single("SELECT number FROM case_file WHERE id = ?", caseId);
    }

    private static String description(long caseId) {
        return (String) Db.single("SELECT description FROM case_file WHERE id = ?", caseId);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
