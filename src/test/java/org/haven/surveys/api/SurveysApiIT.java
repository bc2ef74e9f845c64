package org.haven.surveys.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.haven.testing.Api;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pupil surveys from outside (issue 19): the questionnaire behind the demo class's code, anonymous answers once per
 * browser, a contact request that becomes a report whose receipt opens it, every bad input answered 4xx in the
 * request's language with nothing stored, staff campaigns and suppressed results, then code guessing.
 *
 * <p>On its own deployment, like ReportingApiIT: the wrong-code limit is per client, in memory, and every request
 * here comes from 127.0.0.1; the last test uses it up, which would refuse every survey code to the classes sharing a
 * server (the browser journey among them). {@link #wrongCodes} counts what the tests before it spend.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveysApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static final String CODE = "HAVEN4BC";
    private static final String PATH = "api/v1/surveys/" + CODE;
    private static final int WRONG_CODES_ALLOWED = 20;
    private static final AtomicInteger wrongCodes = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.haven();
    }

    @ArquillianResource
    URL url;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(Deployments.loopback(url));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static long responses() {
        return Db.number("SELECT COUNT(*) FROM survey_response");
    }

    private static long answers() {
        return Db.number("SELECT COUNT(*) FROM survey_answer");
    }

    private static long reports() {
        return Db.number("SELECT COUNT(*) FROM report");
    }

    private static JsonObject body(Map<String, JsonValue> answers, Boolean wantsContact, String message,
                                   Boolean share) {
        JsonObjectBuilder a = Json.createObjectBuilder();
        answers.forEach(a::add);
        JsonObjectBuilder b = Json.createObjectBuilder().add("answers", a);
        if (wantsContact != null) {
            b.add("wantsContact", wantsContact);
        }
        if (message != null) {
            b.add("message", message);
        }
        if (share != null) {
            b.add("shareAnswers", share);
        }
        return b.build();
    }

    private static JsonValue s(String v) {
        return Json.createValue(v);
    }

    private Api.Answer answer(String path, JsonObject body, String cookie, String language) {
        return api.post(path + "/answers", body.toString(), null, language,
                cookie == null ? Map.of() : Map.of("Cookie", cookie));
    }

    private static Map<String, String> violations(Api.Answer a) {
        assertEquals("application/problem+json", a.header("Content-Type").split(";")[0], a.body());
        JsonObject p = a.json().asJsonObject();
        return p.getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("message"), (x, y) -> x));
    }

    @Test
    @Order(1)
    void theQuestionnaireIsServedInTheAskedLanguageWithoutAnAccount() {
        Api.Answer fr = api.get(PATH, null, "fr");
        assertEquals(200, fr.status(), fr.body());
        JsonObject q = fr.json().asJsonObject();
        assertEquals("HAVE-N4BC", q.getString("accessCode"));
        assertEquals("pupils-secondary", q.getString("surveyId"));
        assertEquals("fr", q.getString("language"));
        assertEquals("Le climat dans ton établissement", q.getString("title"));
        JsonArray questions = q.getJsonArray("questions");
        assertEquals(15, questions.size());
        JsonObject where = questions.stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("id").equals("where")).findFirst().orElseThrow();
        assertEquals("multiple", where.getString("kind"));
        assertEquals("repeated", where.getJsonObject("showIf").getString("question"));
        assertFalse(q.getJsonArray("helpLines").isEmpty(), "the help lines a danger answer shows at once");
        Api.Answer en = api.get("api/v1/surveys/have-n4bc", null, "en");
        assertEquals(200, en.status(), "typed in lower case with the dash");
        assertEquals("How things are at your school", en.json().asJsonObject().getString("title"));
    }

    @Test
    @Order(2)
    void answersAreStoredWithoutIdentityAndOnlyOncePerBrowser() {
        long before = responses();
        long auditBefore = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_ANSWERED'");
        Api.Answer a = answer(PATH, body(Map.of("feel-school", Json.createValue(4), "insulted", s("once"),
                "where", Json.createArrayBuilder().add("class").build(), "repeated", s("yes")), false, null, null),
                null, "en");
        assertEquals(201, a.status(), a.body());
        JsonObject r = a.json().asJsonObject();
        assertFalse(r.containsKey("receipt") && r.get("receipt").getValueType() != JsonValue.ValueType.NULL);
        assertTrue(r.getJsonArray("helpLines").isEmpty(), "no contact, no danger: no help lines pushed");
        assertEquals(before + 1, responses());
        assertEquals(Set.of("id", "campaign_id", "group_id", "answered_on"), Set.copyOf(Db.rows(
                "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'survey_response'").stream()
                .map(x -> (String) x.get("COLUMN_NAME")).toList()), "no identity, address, device or time of day");
        assertEquals(auditBefore + 1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_ANSWERED'"
                + " AND record_type = 'survey_campaign' AND actor = 'survey-pupil'"));

        String setCookie = a.header("Set-Cookie");
        assertNotNull(setCookie);
        assertTrue(setCookie.startsWith("haven-survey-"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        String cookie = setCookie.split(";")[0];
        long answersBefore = answers();
        Api.Answer again = answer(PATH, body(Map.of("insulted", s("never")), false, null, null), cookie, "fr");
        assertEquals(409, again.status(), again.body());
        assertTrue(violations(again).get("accessCode").contains("déjà répondu"), again.body());
        assertEquals(before + 1, responses());
        assertEquals(answersBefore, answers());
        Api.Answer forged = answer(PATH, body(Map.of("insulted", s("never")), false, null, null),
                cookie.split("=")[0] + "=forged", "fr");
        assertEquals(201, forged.status(), "only the campaign's own mark counts");
    }

    @Test
    @Order(3)
    void aContactRequestBecomesAReportWhoseReceiptOpensIt() {
        long reportsBefore = reports();
        String message = "J’aimerais parler à quelqu’un <script>alert(1)</script>";
        Api.Answer a = answer(PATH, body(Map.of("danger-now", s("yes"), "insulted", s("weekly")), true, message, null),
                null, "fr");
        assertEquals(201, a.status(), a.body());
        JsonObject r = a.json().asJsonObject();
        String receipt = r.getString("receipt");
        assertTrue(receipt.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), receipt);
        assertTrue(r.getBoolean("urgent"), "in danger now: an urgent report");
        assertTrue(r.getBoolean("danger"));
        assertFalse(r.getJsonArray("helpLines").isEmpty());
        assertEquals(reportsBefore + 1, reports());
        Map<String, Object> report = Db.rows("SELECT * FROM report ORDER BY id DESC LIMIT 1").getFirst();
        assertEquals("SURVEY", report.get("source"));
        assertEquals(message, report.get("description"), "the pupil's words only, stored as typed");
        assertEquals(1, Db.number("SELECT anonymous FROM report ORDER BY id DESC LIMIT 1"));
        assertNull(report.get("reporter_account_id"));

        Api.Answer access = api.post("api/v1/reports/access",
                Json.createObjectBuilder().add("receipt", receipt).build().toString(), null, "fr");
        assertEquals(200, access.status(), access.body());
        Api.Answer mine = api.get("api/v1/reports/mine", access.json().asJsonObject().getString("token"), "fr");
        assertEquals(200, mine.status(), mine.body());
        assertEquals("Collège Victor Hugo", mine.json().asJsonObject().getString("school"));
    }

    @Test
    @Order(4)
    void aPupilMayAddTheirAnswersToTheReport() {
        Api.Answer a = answer(PATH, body(Map.of("insulted", s("monthly"), "where", Json.createArrayBuilder()
                .add("canteen").build(), "repeated", s("yes")), true, "Ça dure depuis septembre.", true), null, "fr");
        assertEquals(201, a.status(), a.body());
        String description = (String) Db.single("SELECT description FROM report ORDER BY id DESC LIMIT 1");
        assertTrue(description.startsWith("Ça dure depuis septembre.\n\nRéponses au questionnaire"), description);
        assertTrue(description.contains("Plusieurs fois par mois"), description);
        assertTrue(description.contains("À la cantine"), description);
    }

    @Test
    @Order(5)
    void badAnswersAreNamedInTheRequestsLanguageAndNothingIsStored() {
        long responses = responses();
        long answers = answers();
        long reports = reports();
        Map<String, JsonValue> bad = Map.of("no-such-question", s("x"), "feel-school", Json.createValue(9),
                "insulted", s("sometimes"), "where", Json.createArrayBuilder().add("class").build(),
                "would-tell", s("family"), "anything-else", s("x".repeat(301)));
        Api.Answer en = answer(PATH, body(bad, true, "m".repeat(1001), null), null, "en");
        assertEquals(400, en.status(), en.body());
        Map<String, String> v = violations(en);
        assertEquals(Set.of("answers.no-such-question", "answers.feel-school", "answers.insulted", "answers.where",
                "answers.would-tell", "answers.anything-else", "message"), v.keySet());
        assertEquals("Choose a number from 1 to 5.", v.get("answers.feel-school"));
        assertEquals("Your message is too long: 1,000 characters at most.", v.get("message"));
        Api.Answer fr = answer(PATH, body(bad, true, "m".repeat(1001), null), null, "fr");
        assertEquals("Choisis un nombre de 1 à 5.", violations(fr).get("answers.feel-school"));

        assertEquals(400, answer(PATH, body(Map.of(), false, null, null), null, "en").status(), "nothing answered");
        assertEquals("Write a few words for the adult who will contact you.",
                violations(answer(PATH, body(Map.of("insulted", s("never")), true, " ", null), null, "en"))
                        .get("message"));
        assertTrue(violations(answer(PATH, body(Map.of("insulted", s("never")), false, "hello", null), null, "en"))
                .containsKey("message"), "a message without a contact request is not silently dropped");
        assertEquals(400, api.post(PATH + "/answers", "{\"answers\": [1, 2]", null, "en").status(), "not JSON");
        assertEquals(400, api.post(PATH + "/answers", "{\"answers\": \"all\"}", null, "en").status());
        assertEquals(400, answer(PATH, body(Map.of("anything-else", s("a\u0000b")), false, null, null), null, "en")
                .status(), "control characters");
        assertEquals(responses, responses());
        assertEquals(answers, answers());
        assertEquals(reports, reports());
    }

    @Test
    @Order(6)
    void unknownFutureAndClosedCodesAreRefused() {
        long responses = responses();
        Api.Answer unknown = api.get("api/v1/surveys/ZZZZ-ZZZZ", null, "fr");
        wrongCodes.incrementAndGet();
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(violations(unknown).get("accessCode").startsWith("Ce code ne correspond"), unknown.body());
        assertEquals(404, answer("api/v1/surveys/not-a-code", body(Map.of("insulted", s("never")), false, null, null),
                null, "en").status());
        wrongCodes.incrementAndGet();

        String head = api.token("head.college", PASSWORD);
        long school = Db.number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        JsonObject future = open(head, school, today().plusDays(2), today().plusDays(20), "3e A");
        String futureCode = future.getJsonArray("groups").getJsonObject(0).getString("accessCode");
        Api.Answer notYet = api.get("api/v1/surveys/" + futureCode, null, "en");
        assertEquals(409, notYet.status(), notYet.body());
        assertTrue(violations(notYet).get("accessCode").contains(today().plusDays(2).toString()), notYet.body());

        JsonObject closed = open(head, school, today(), today().plusDays(5), "3e B");
        Db.update("UPDATE survey_campaign SET opens_on = ?, closes_on = ? WHERE id = ?", today().minusDays(40),
                today().minusDays(35), closed.getJsonNumber("id").longValue());
        String closedCode = closed.getJsonArray("groups").getJsonObject(0).getString("accessCode");
        assertEquals(410, api.get("api/v1/surveys/" + closedCode, null, "en").status());
        Api.Answer late = answer("api/v1/surveys/" + closedCode, body(Map.of("insulted", s("never")), false, null,
                null), null, "en");
        assertEquals(410, late.status(), late.body());
        assertEquals(responses, responses());
    }

    private JsonObject open(String token, long schoolId, LocalDate opens, LocalDate closes, String... groups) {
        JsonObject body = Json.createObjectBuilder().add("schoolId", schoolId).add("surveyId", "pupils-secondary")
                .add("title", "Test " + System.nanoTime()).add("opensOn", opens.toString())
                .add("closesOn", closes.toString()).add("groups", Json.createArrayBuilder(List.of(groups))).build();
        Api.Answer a = api.post("api/v1/surveys/campaigns", body.toString(), token, "en");
        assertEquals(201, a.status(), a.body());
        return a.json().asJsonObject();
    }

    @Test
    @Order(7)
    void staffSeeTheirSchoolsCampaignsAndOpenOnlyThere() {
        String referent = api.token("referent.college", PASSWORD);
        JsonArray mine = api.get("api/v1/surveys/campaigns", referent, "en").json().asJsonArray();
        assertTrue(mine.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getJsonArray("groups").stream()
                .anyMatch(g -> g.asJsonObject().getString("accessCode").equals("HAVE-N4BC"))), mine.toString());
        String otherReferent = api.token("referent.lycee", PASSWORD);
        JsonArray theirs = api.get("api/v1/surveys/campaigns", otherReferent, "en").json().asJsonArray();
        assertTrue(theirs.stream().noneMatch(c -> c.asJsonObject().getString("school").equals("Collège Victor Hugo")));
        assertEquals(403, api.get("api/v1/surveys/campaigns", api.token("teacher.college", PASSWORD), "en").status());
        assertEquals(401, api.get("api/v1/surveys/campaigns", null, "en").status());

        long college = Db.number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        long primary = Db.number("SELECT id FROM school WHERE code = 'DEMO-ECOLE'");
        long campaigns = Db.number("SELECT COUNT(*) FROM survey_campaign");
        Api.Answer elsewhere = api.post("api/v1/surveys/campaigns", Json.createObjectBuilder().add("schoolId", primary)
                .add("surveyId", "pupils-primary").add("title", "x").add("opensOn", today().toString())
                .add("closesOn", today().plusDays(3).toString()).add("groups", Json.createArrayBuilder().add("CM1"))
                .build().toString(), referent, "en");
        assertEquals(400, elsewhere.status());
        assertEquals(Set.of("schoolId"), violations(elsewhere).keySet(), elsewhere.body());
        Api.Answer bad = api.post("api/v1/surveys/campaigns", Json.createObjectBuilder().add("schoolId", college)
                .add("surveyId", "pupils-primary").add("title", "").add("opensOn", today().minusDays(1).toString())
                .add("closesOn", "soon").add("groups", Json.createArrayBuilder().add("4e A").add("4E A"))
                .build().toString(), referent, "fr");
        assertEquals(400, bad.status());
        assertEquals(Set.of("surveyId", "title", "opensOn", "closesOn", "groups"), violations(bad).keySet(),
                bad.body());
        assertEquals(campaigns, Db.number("SELECT COUNT(*) FROM survey_campaign"), "nothing half stored");
    }

    @Test
    @Order(8)
    void resultsAreSuppressedUnderFiveAndComparedWithThePreviousCampaign() {
        String head = api.token("head.college", PASSWORD);
        long school = Db.number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        JsonObject c = open(head, school, today(), today().plusDays(10), "6e A", "6e B");
        String a = c.getJsonArray("groups").getJsonObject(0).getString("accessCode");
        String b = c.getJsonArray("groups").getJsonObject(1).getString("accessCode");
        for (int i = 0; i < 6; i++) {
            assertEquals(201, answer("api/v1/surveys/" + a, body(Map.of("insulted", s("never")), false, null, null),
                    null, "en").status());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(201, answer("api/v1/surveys/" + b, body(Map.of("insulted", s("weekly")), false, null, null),
                    null, "en").status());
        }
        long id = c.getJsonNumber("id").longValue();
        Api.Answer res = api.get("api/v1/surveys/campaigns/" + id + "/results", head, "en");
        assertEquals(200, res.status(), res.body());
        JsonObject r = res.json().asJsonObject();
        assertEquals(5, r.getInt("threshold"));
        assertNotNull(r.get("previousCampaignId"), "the demo's open campaign came before");
        JsonObject insulted = r.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("id").equals("insulted")).findFirst().orElseThrow();
        Map<String, JsonObject> rows = insulted.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(x -> x.getString("key"), x -> x));
        assertTrue(rows.get("weekly").getBoolean("suppressed"), "2 is under 5");
        assertFalse(rows.get("weekly").containsKey("count"));
        assertTrue(rows.get("never").getBoolean("suppressed"), "hidden too, or 8 - 6 would give the 2");
        assertFalse(rows.get("never").containsKey("count"));
        assertEquals(0, rows.get("once").getInt("count"), "zero identifies nobody");
        assertFalse(rows.get("once").getBoolean("suppressed"));
        assertEquals(8, insulted.getInt("total"));
        JsonArray groups = insulted.getJsonArray("groups");
        assertEquals(6, groups.getJsonObject(0).getInt("total"));
        assertFalse(groups.getJsonObject(1).containsKey("total"), "a class of 2 answers shows nothing");
        assertTrue(groups.getJsonObject(1).getJsonArray("counts").stream().allMatch(v -> v == JsonValue.NULL
                || ((jakarta.json.JsonNumber) v).intValue() == 0), groups.toString());
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SURVEY_RESULTS_VIEWED' AND record_id = ?",
                String.valueOf(id)) >= 1);
        assertEquals(404, api.get("api/v1/surveys/campaigns/" + id + "/results",
                api.token("referent.lycee", PASSWORD), "en").status(), "another school's campaign does not exist");
    }

    @Test
    @Order(100)
    void guessingCodesIsRateLimited() {
        int left = WRONG_CODES_ALLOWED - wrongCodes.get();
        for (int i = 0; i < left; i++) {
            assertEquals(404, api.get("api/v1/surveys/ABCD-EF" + (char) ('A' + i % 20) + "Z", null, "en").status());
        }
        Api.Answer blocked = api.get("api/v1/surveys/ABCD-EFGH", null, "fr");
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals("600", blocked.header("Retry-After"));
        assertEquals(429, api.get(PATH, null, "en").status(), "over the limit even a right code teaches nothing");
        assertEquals(429, answer(PATH, body(Map.of("insulted", s("never")), false, null, null), null, "en").status());
    }
}
