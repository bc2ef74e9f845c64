package org.haven.linking.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.haven.evidence.domain.Samples;
import org.haven.testing.Api;
import org.haven.testing.Api.Part;
import org.haven.testing.Awaiting;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 from outside: the staff list of reports, a report attached to a case with its evidence in the dossier,
 * related reports across two schools (seen by the district lead, never by the other school's referent), repeat
 * authors, and a handover that narrows the old school's access to a read-only record.
 */
@OnSharedServer
class LinkedReportsIT {

    private static final String PASSWORD = "Demo-Haven-2026";

    private Api api;
    private URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(SharedServer.url());
        api = new Api(base);
    }

    record Sent(long id, String receipt) {
    }

    @Test
    void staffListTheirSchoolsReportsNewestFirstInKeysetPagesAndOneReportOutsideTheirScopeIs404() {
        String referent = api.token("referent.college", PASSWORD);
        Sent a = report("DEMO-COLLEGE", "Premier signalement de la série de pages.", List.of(), false, null);
        Sent b = report("DEMO-COLLEGE", "Deuxième signalement de la série de pages.", List.of(), false, null);
        Sent lycee = report("DEMO-LYCEE", "Un signalement du lycée.", List.of(), false, null);

        JsonObject first = api.get("api/v1/reports?size=1", referent, "en").json().asJsonObject();
        assertTrue(first.containsKey("next"), first.toString());
        JsonObject second = api.get("api/v1/reports?size=1&after=" + first.getString("next"), referent, "en").json()
                .asJsonObject();
        List<Long> all = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = api.get("api/v1/reports?size=50" + (after == null ? "" : "&after=" + after), referent,
                    "en").json().asJsonObject();
            page.getJsonArray("rows").forEach(r -> all.add(r.asJsonObject().getJsonNumber("id").longValue()));
            after = page.get("next") instanceof jakarta.json.JsonString next ? next.getString() : null;
        } while (after != null);

        JsonObject row = first.getJsonArray("rows").getJsonObject(0);
        assertEquals(b.id(), row.getJsonNumber("id").longValue(), "newest first");
        assertEquals("R-" + b.id(), row.getString("number"));
        assertEquals("DEMO-COLLEGE", row.getString("schoolCode"));
        assertEquals("THREATS", row.getString("category"));
        assertFalse(row.getBoolean("urgent"));
        assertEquals("NEW", row.getString("status"));
        assertNotNull(row.getString("receivedAt"));
        assertEquals(a.id(), second.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(all.contains(a.id()) && all.contains(b.id()));
        assertFalse(all.contains(lycee.id()), "another school's report is never listed");
        assertEquals(all.stream().sorted((x, y) -> Long.compare(y, x)).toList(), all, "every page newest first");
        assertEquals(400, api.get("api/v1/reports?after=nonsense", referent, "en").status());
        assertEquals(200, api.get("api/v1/reports/" + a.id(), referent, "en").status());
        assertEquals(404, api.get("api/v1/reports/" + lycee.id(), referent, "en").status());
        assertEquals(403, api.get("api/v1/reports", api.token("teacher.college", PASSWORD), "en").status());
    }

    @Test
    void anAttachedReportsEvidenceIsInTheCaseDossierZipWithItsDigestAndCustodyAndLeavesWhenDetached()
            throws Exception {
        String referent = api.token("referent.college", PASSWORD);
        String head = api.token("head.college", PASSWORD);
        Sent first = report("DEMO-COLLEGE", "Des insultes dans le groupe de classe.", List.of(), false, null);
        long caseId = openCase(first.id(), referent);
        Sent second = report("DEMO-COLLEGE", "J'ai vu les mêmes insultes, j'ai une capture.", List.of(), true, null);
        byte[] png = Samples.png();
        JsonObject proof = upload(second, "capture-groupe.png", png);
        long evidenceId = proof.getJsonNumber("id").longValue();
        Sent lycee = report("DEMO-LYCEE", "Un autre établissement.", List.of(), false, null);

        Api.Answer attached = api.post("api/v1/cases/" + caseId + "/reports", ref("reportId", second.id()), referent,
                "en");
        Api.Answer twice = api.post("api/v1/cases/" + caseId + "/reports", ref("reportId", second.id()), referent,
                "en");
        Api.Answer otherSchool = api.post("api/v1/cases/" + caseId + "/reports", ref("reportId", lycee.id()),
                referent, "en");
        Api.Answer byTeacher = api.post("api/v1/cases/" + caseId + "/reports", ref("reportId", lycee.id()),
                api.token("teacher.college", PASSWORD), "en");
        Api.Answer none = api.post("api/v1/cases/" + caseId + "/reports", "{}", referent, "fr");

        assertEquals(201, attached.status(), attached.body());
        assertEquals("R-" + second.id(), attached.json().asJsonObject().getString("number"));
        assertEquals(409, twice.status(), twice.body());
        assertEquals(404, otherSchool.status(), otherSchool.body());
        assertEquals(403, byTeacher.status(), byTeacher.body());
        assertEquals(400, none.status());
        assertTrue(none.body().contains("Choisissez le signalement"), none.body());
        assertEquals(List.of("ADDED", "ATTACHED"), actions(evidenceId), "custody: joined the case's dossier");

        JsonArray reports = api.get("api/v1/cases/" + caseId + "/reports", referent, "en").json().asJsonArray();
        assertEquals(2, reports.size(), reports.toString());
        assertTrue(reports.getJsonObject(0).getBoolean("origin"));
        JsonArray timeline = api.get("api/v1/cases/" + caseId + "/timeline?kind=REPORT_ATTACHED", referent, "en")
                .json().asJsonArray();
        assertEquals(1, timeline.size(), timeline.toString());

        String manifest = manifest(caseId, head);
        assertTrue(manifest.contains(sha256(png)), "the attached report's file, with its digest: " + manifest);
        assertEquals(proof.getString("sha256"), sha256(png), "the digest the reporter holds");
        assertTrue(actions(evidenceId).contains("EXPORTED"));

        JsonObject mine = api.get("api/v1/reports/mine", reporterToken(second), "en").json().asJsonObject();
        assertEquals("NEW", mine.getString("status"), "the reporter's view is unchanged");

        Api.Answer noReason = api.post("api/v1/cases/" + caseId + "/reports/" + second.id() + "/detach", "{}",
                referent, "en");
        Api.Answer notAttached = api.post("api/v1/cases/" + caseId + "/reports/" + lycee.id() + "/detach",
                reason("wrong"), referent, "en");
        Api.Answer detached = api.post("api/v1/cases/" + caseId + "/reports/" + second.id() + "/detach",
                reason("Another incident after all"), referent, "en");
        Api.Answer again = api.post("api/v1/cases/" + caseId + "/reports/" + second.id() + "/detach",
                reason("Another incident after all"), referent, "en");

        assertEquals(400, noReason.status());
        assertEquals(409, notAttached.status());
        assertEquals(200, detached.status(), detached.body());
        assertEquals("Another incident after all", detached.json().asJsonObject().getString("detachReason"));
        assertEquals(409, again.status());
        assertTrue(actions(evidenceId).contains("DETACHED"));
        assertFalse(manifest(caseId, head).contains(sha256(png)), "a detached report's files leave the dossier");
        assertEquals(2, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action IN ('CASE_REPORT_ATTACHED',"
                + " 'CASE_REPORT_DETACHED') AND record_id = ?", Long.toString(caseId)));
    }

    @Test
    void relatedReportsAcrossTwoSchoolsAreSeenByTheLeadButNeverByTheOtherSchoolsReferent() {
        String tag = "kevin_" + UUID.randomUUID().toString().substring(0, 8);
        Sent college = report("DEMO-COLLEGE", "Le compte @" + tag.toUpperCase() + " m'insulte tous les soirs.",
                List.of(), false, null);
        Sent collegeToo = report("DEMO-COLLEGE", "Je suis témoin : " + tag + " poste des photos truquées.",
                List.of(), true, null);
        Sent lycee = report("DEMO-LYCEE", "Voir ce profil.", List.of("https://www.instagram.com/" + tag + "/"),
                false, null);
        Sent unrelated = report("DEMO-COLLEGE", "Rien à voir, le compte @" + tag + "x.", List.of(), false, null);
        String referentCollege = api.token("referent.college", PASSWORD);
        String referentLycee = api.token("referent.lycee", PASSWORD);
        String lead = api.token("lead", PASSWORD);

        JsonArray seenByCollege = related("api/v1/reports/" + college.id() + "/related", referentCollege);
        JsonArray seenByLycee = related("api/v1/reports/" + lycee.id() + "/related", referentLycee);
        JsonArray seenByLead = related("api/v1/reports/" + college.id() + "/related", lead);

        assertEquals(List.of(collegeToo.id()), ids(seenByCollege), "the same school's report, not the lycée's");
        assertEquals(List.of(), ids(seenByLycee), "the lycée's referent learns nothing of the collège");
        assertEquals(List.of(collegeToo.id(), lycee.id()).stream().sorted().toList(),
                ids(seenByLead).stream().sorted().toList());
        JsonObject across = seenByLead.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("reportId").longValue() == lycee.id()).findFirst().orElseThrow();
        assertTrue(across.getBoolean("otherSchool"));
        assertEquals("DEMO-LYCEE", across.getString("schoolCode"));
        assertEquals("HANDLE", across.getJsonArray("reasons").getJsonObject(0).getString("kind"));
        assertEquals(tag, across.getJsonArray("reasons").getJsonObject(0).getString("value"));
        assertFalse(across.toString().contains("profil"), "no content across schools: " + across);
        assertFalse(ids(seenByCollege).contains(unrelated.id()));
        JsonArray acrossForLead = api.get("api/v1/related/across-schools", lead, "en").json().asJsonArray();
        JsonObject pair = acrossForLead.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("reportId").longValue() == lycee.id()).findFirst()
                .orElseThrow(() -> new AssertionError("the lead's list of matches across schools: " + acrossForLead));
        assertEquals("DEMO-LYCEE", pair.getString("schoolCode"));
        assertEquals("DEMO-COLLEGE", pair.getString("relatedSchoolCode"));
        assertEquals(tag, pair.getJsonArray("reasons").getJsonObject(0).getString("value"));
        assertEquals(403, api.get("api/v1/related/across-schools", referentCollege, "en").status());
        assertEquals(404, api.get("api/v1/reports/" + lycee.id() + "/related", referentCollege, "en").status());
        assertEquals(403, api.get("api/v1/reports/" + college.id() + "/related",
                api.token("teacher.college", PASSWORD), "en").status());

        // Accepting: the suggestion joins the case of the report; dismissing hides it.
        Api.Answer noCase = api.post("api/v1/reports/" + college.id() + "/related/acceptances",
                ref("relatedId", collegeToo.id()), referentCollege, "en");
        long caseId = openCase(college.id(), referentCollege);
        Api.Answer acrossSchools = api.post("api/v1/reports/" + college.id() + "/related/acceptances",
                ref("relatedId", lycee.id()), referentCollege, "en");
        Api.Answer accepted = api.post("api/v1/reports/" + college.id() + "/related/acceptances",
                ref("relatedId", collegeToo.id()), referentCollege, "en");
        JsonArray ofCase = related("api/v1/cases/" + caseId + "/related", referentCollege);

        assertEquals(409, noCase.status(), noCase.body());
        assertEquals(404, acrossSchools.status(), acrossSchools.body());
        assertEquals(201, accepted.status(), accepted.body());
        assertEquals(caseId, Db.number("SELECT case_id FROM case_report WHERE report_id = ? AND detached_at IS NULL",
                collegeToo.id()));
        assertEquals(List.of(), ids(ofCase), "the case's own reports are not suggested to it");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RELATED_ACCEPTED' AND record_id"
                + " = ?", Long.toString(college.id())));

        Sent later = report("DEMO-COLLEGE", "Encore @" + tag + " ce matin.", List.of(), false, null);
        Api.Answer dismissed = api.post("api/v1/reports/" + later.id() + "/related/dismissals",
                ref("relatedId", college.id()), referentCollege, "en");
        Api.Answer dismissedTwice = api.post("api/v1/reports/" + later.id() + "/related/dismissals",
                ref("relatedId", college.id()), referentCollege, "en");

        assertEquals(204, dismissed.status(), dismissed.body());
        assertEquals(404, dismissedTwice.status(), "no longer a suggestion");
        assertFalse(ids(related("api/v1/reports/" + later.id() + "/related", referentCollege))
                .contains(college.id()));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RELATED_DISMISSED' AND record_id"
                + " = ?", Long.toString(later.id())));
    }

    @Test
    void theSameAllegedAuthorInSeveralCasesIsFlaggedOnlyWithCasesTheViewerMaySee() {
        String referentCollege = api.token("referent.college", PASSWORD);
        long caseId = Db.number("SELECT id FROM case_file WHERE description LIKE 'Messages privés sur Snapchat%'");
        String lyceeCase = (String) Db.single("SELECT number FROM case_file WHERE description LIKE"
                + " 'Insultes répétées dans le groupe WhatsApp%'");

        JsonArray flags = api.get("api/v1/cases/" + caseId + "/repeat-authors", referentCollege, "en").json()
                .asJsonArray();

        assertEquals(1, flags.size(), flags.toString());
        List<String> numbers = flags.getJsonObject(0).getJsonArray("otherCases").getValuesAs(JsonValue::toString);
        assertFalse(numbers.isEmpty());
        assertFalse(numbers.contains("\"" + lyceeCase + "\""), "the lycée's case with the same author is not named");
        for (String n : numbers) {
            String number = n.replace("\"", "");
            assertEquals("DEMO-COLLEGE", Db.single("SELECT s.code FROM case_file c JOIN school s ON s.id ="
                    + " c.school_id WHERE c.number = ?", number), "only cases of the referent's school: " + numbers);
        }
    }

    @Test
    void aHandoverMovesTheCaseToTheNewSchoolAndLeavesTheOldOneAReadOnlyRecord() throws Exception {
        String referentCollege = api.token("referent.college", PASSWORD);
        String headCollege = api.token("head.college", PASSWORD);
        String referentLycee = api.token("referent.lycee", PASSWORD);
        Sent sent = report("DEMO-COLLEGE", "Harcèlement sur Snapchat ; l'élève change d'établissement.", List.of(),
                false, null);
        long caseId = openCase(sent.id(), referentCollege);
        String number = api.get("api/v1/cases/" + caseId, referentCollege, "en").json().asJsonObject()
                .getString("number");
        String body = handover("DEMO-LYCEE");

        Api.Answer byTeacher = api.post("api/v1/cases/" + caseId + "/handover", body,
                api.token("teacher.college", PASSWORD), "en");
        Api.Answer byReferent = api.post("api/v1/cases/" + caseId + "/handover", body, referentCollege, "en");
        Api.Answer same = api.post("api/v1/cases/" + caseId + "/handover", handover("DEMO-COLLEGE"), headCollege,
                "en");
        Api.Answer unknown = api.post("api/v1/cases/" + caseId + "/handover", handover("NOWHERE"), headCollege, "en");
        Api.Answer empty = api.post("api/v1/cases/" + caseId + "/handover", "{}", headCollege, "en");
        assertEquals(403, byTeacher.status());
        assertEquals(403, byReferent.status());
        assertEquals(400, same.status(), same.body());
        assertTrue(same.body().contains("already with this school"), same.body());
        assertEquals(400, unknown.status());
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("\"summary\"") && empty.body().contains("\"pupilConsent\""), empty.body());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM case_handover WHERE case_id = ?", caseId), "nothing done");

        Db.update("INSERT INTO referral (case_id, school_id, kind, status, created_at, updated_at) SELECT id,"
                + " school_id, 'POLICE', 'SENT', NOW(6), NOW(6) FROM case_file WHERE id = ?", caseId);
        Api.Answer done = api.post("api/v1/cases/" + caseId + "/handover", body, headCollege, "en");

        assertEquals(201, done.status(), done.body());
        assertTrue(Db.number("SELECT COUNT(*) FROM case_step WHERE case_id = ?", caseId) > 0);
        assertEquals(0, Db.number("SELECT (SELECT COUNT(*) FROM case_step s WHERE s.case_id = c.id AND s.school_id"
                + " <> c.school_id) + (SELECT COUNT(*) FROM referral r WHERE r.case_id = c.id AND r.school_id"
                + " <> c.school_id) FROM case_file c WHERE c.id = ?", caseId), "steps and referrals follow (V28)");
        long handoverId = done.json().asJsonObject().getJsonNumber("id").longValue();
        assertEquals(404, api.get("api/v1/cases/" + caseId, referentCollege, "en").status(), "old school: no access");
        JsonObject received = api.get("api/v1/cases/" + caseId, referentLycee, "en").json().asJsonObject();
        assertEquals(number, received.getString("number"), "the case keeps its number");
        assertTrue(api.get("api/v1/cases/" + caseId + "/timeline?kind=HANDED_OVER", referentLycee, "en").json()
                .asJsonArray().size() == 1);
        JsonArray made = api.get("api/v1/handovers", referentCollege, "en").json().asJsonArray();
        assertTrue(made.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == handoverId));
        JsonObject record = api.get("api/v1/handovers/" + handoverId, referentCollege, "en").json().asJsonObject();
        assertEquals(number, record.getString("caseNumber"));
        assertTrue(record.getString("record").contains("Snapchat"), "the old school's record of its part");
        assertEquals(404, api.get("api/v1/handovers/" + handoverId, referentLycee, "en").status());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_HANDED_OVER' AND record_id"
                + " = ?", Long.toString(caseId)));
        assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE kind = 'CASE_HANDED_OVER' AND record_id = ?",
                Long.toString(caseId)) >= 1);

        String headLycee = api.token("head.lycee", PASSWORD);
        HttpResponse<byte[]> letter = http.send(HttpRequest.newBuilder(base.resolve("api/v1/cases/" + caseId
                        + "/handover/letter")).header("Authorization", "Bearer " + headLycee)
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("destination", "Collège Jean Jaurès, Lyon").add("reason", "Déménagement")
                        .add("summary", "Suivi à poursuivre.").add("pupilConsent", true).add("parentConsent", false)
                        .build().toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, letter.statusCode(), new String(letter.body(), StandardCharsets.UTF_8));
        assertEquals("%PDF", new String(letter.body(), 0, 4, StandardCharsets.US_ASCII));
        assertNull(Db.single("SELECT to_school_id FROM case_handover WHERE case_id = ? AND destination IS NOT NULL",
                caseId));
    }

    @Test
    void reportsReceivedBeforeSignalsExistedAreTakenByTheBackfill() {
        Sent older = report("DEMO-COLLEGE", "Le compte @ancien_" + UUID.randomUUID().toString().substring(0, 6)
                + " m'écrit.", List.of(), false, null);
        long signals = Db.number("SELECT COUNT(*) FROM report_signal WHERE report_id = ?", older.id());
        assertTrue(signals > 0, "taken as the report arrived");
        // As if it had come before V20: no signals, and the backfill's window ends with it.
        Db.update("DELETE FROM report_signal WHERE report_id = ?", older.id());
        Db.update("UPDATE signal_backfill SET done_through = ?, upto = ? WHERE id = 1", older.id() - 1, older.id());

        Awaiting.until("the backfill timer (every minute) to take the older report's signals",
                java.time.Duration.ofSeconds(150),
                () -> Db.number("SELECT done_through FROM signal_backfill WHERE id = 1") == older.id());

        assertEquals(signals, Db.number("SELECT COUNT(*) FROM report_signal WHERE report_id = ?", older.id()));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'REPORT_SIGNALS_BACKFILLED' AND"
                + " record_id = ?", Long.toString(older.id())) == 1);
    }

    // -------------------------------------------------------------------------------------------------------

    private Sent report(String school, String description, List<String> links, boolean witness,
                        String reporterClass) {
        var links1 = Json.createArrayBuilder();
        links.forEach(l -> links1.add(Json.createObjectBuilder().add("url", l)));
        var body = Json.createObjectBuilder().add("schoolCode", school).add("category", "THREATS")
                .add("description", description)
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("witness", witness).add("anonymous", true).add("links", links1)
                .add("risk", Json.createObjectBuilder().add("immediateDanger", false).add("selfHarm", false)
                        .add("threats", false).add("locationShared", false).add("blackmail", false)
                        .add("intimateImages", false));
        Api.Answer created = api.post("api/v1/reports", body.build().toString(), null, "fr");
        assertEquals(201, created.status(), created.body());
        long id = Db.number("SELECT id FROM report WHERE content_fingerprint = ?",
                created.json().asJsonObject().getString("fingerprint"));
        return new Sent(id, created.json().asJsonObject().getString("receipt"));
    }

    private String reporterToken(Sent sent) {
        return api.post("api/v1/reports/access", Json.createObjectBuilder().add("receipt", sent.receipt()).build()
                .toString(), null, "en").json().asJsonObject().getString("token");
    }

    private JsonObject upload(Sent sent, String name, byte[] content) {
        Api.Answer up = api.postMultipart("api/v1/reports/mine/evidence", List.of(Part.field("note", "x"),
                Part.file("file", name, "image/png", content)), reporterToken(sent), "en");
        assertEquals(201, up.status(), up.body());
        return up.json().asJsonObject();
    }

    private long openCase(long reportId, String token) {
        Api.Answer opened = api.post("api/v1/cases/from-report/" + reportId, "{}", token, "en");
        assertEquals(201, opened.status(), opened.body());
        return opened.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private JsonArray related(String path, String token) {
        Api.Answer a = api.get(path, token, "en");
        assertEquals(200, a.status(), path + ": " + a.body());
        return a.json().asJsonArray();
    }

    private static List<Long> ids(JsonArray related) {
        return related.stream().map(v -> v.asJsonObject().getJsonNumber("reportId").longValue()).toList();
    }

    private String manifest(long caseId, String token) throws Exception {
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(base.resolve(
                        "api/v1/evidence/dossier?format=zip&caseId=" + caseId)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("SHA256SUMS")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no SHA256SUMS in the dossier");
    }

    private static List<String> actions(long evidenceId) {
        return Db.rows("SELECT action FROM evidence_custody WHERE evidence_id = ? ORDER BY id", evidenceId).stream()
                .map(r -> (String) r.get("action")).toList();
    }

    private static String ref(String name, long id) {
        return Json.createObjectBuilder().add(name, id).build().toString();
    }

    private static String reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build().toString();
    }

    private static String handover(String school) {
        return Json.createObjectBuilder().add("schoolCode", school).add("reason", "The family moved")
                .add("summary", "Snapchat threats; the pupil asked to sit near the door.")
                .add("pupilConsent", true).add("parentConsent", true).build().toString();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
