package org.haven.evidence.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.evidence.domain.Samples;
import org.haven.evidence.infrastructure.ChunkCipher;
import org.haven.testing.Api;
import org.haven.testing.Api.Part;
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
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence vault from outside, on Payara Micro and MariaDB: a reporter's upload through REST and staff
 * reading it back through REST with its hash verified; the raw tables hold neither the file nor its SHA-256;
 * a blob altered in the database is refused and alerted; another school's evidence is a 404, audited; the
 * dossier's ZIP manifest and PDF; bad files; retention purge; key rotation (an old key's blob and a clear blob
 * from before the vault both re-sealed under the active key). Keys: pom.xml's failsafe environment.
 */
@OnSharedServer
class EvidenceVaultIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    /** The older key of the test ring (HAVEN_EVIDENCE_KEYS in pom.xml): what a blob of before a rotation used. */
    private static final byte[] OLD_KEY = Base64.getDecoder().decode("b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleSE=");


    URL url = SharedServer.url();

    private Api api;
    private URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        api = new Api(base);
    }

    record Uploaded(long reportId, long evidenceId, String sha256, String reporterToken) {
    }

    @Test
    void aReportersFileComesBackToItsReferentByteForByteAndTheTablesHoldNeitherItNorItsHash() throws Exception {
        byte[] png = Samples.png();
        Uploaded u = upload("DEMO-COLLEGE", "capture.png", "image/png", png);
        String referent = api.token("referent.college", PASSWORD);

        JsonArray files = api.get("api/v1/evidence?reportId=" + u.reportId(), referent, "en").json().asJsonArray();
        HttpResponse<byte[]> download = getBytes("api/v1/evidence/" + u.evidenceId() + "/content", referent);

        assertEquals(sha256(png), u.sha256());
        assertEquals(1, files.size());
        assertEquals(sha256(png), files.getJsonObject(0).getString("sha256"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(png, download.body());
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(null));
        List<String> custody = actions(u.evidenceId());
        assertEquals(List.of("ADDED", "DOWNLOADED"), custody);
        assertEquals("reporter", Db.single("SELECT actor FROM evidence_custody WHERE evidence_id = ? AND action ="
                + " 'ADDED'", u.evidenceId()));
        assertEquals("referent.college", Db.single("SELECT actor FROM evidence_custody WHERE evidence_id = ? AND"
                + " action = 'DOWNLOADED'", u.evidenceId()));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(png);
        for (String table : List.of("evidence_file", "evidence_chunk", "evidence_custody", "audit_entry")) {
            for (Map<String, Object> row : Db.rows("SELECT * FROM " + table)) {
                for (Object value : row.values()) {
                    byte[] bytes = value instanceof byte[] b ? b
                            : String.valueOf(value).getBytes(StandardCharsets.ISO_8859_1);
                    assertFalse(contains(bytes, Arrays.copyOfRange(png, 8, png.length)), table + ": the file");
                    assertFalse(contains(bytes, hash), table + ": its SHA-256");
                    assertFalse(contains(bytes, sha256(png).getBytes(StandardCharsets.US_ASCII)),
                            table + ": its SHA-256 in hex");
                }
            }
        }
    }

    @Test
    void aBlobAlteredInTheDatabaseIsRefusedAlertedAndNeverServed() throws Exception {
        Uploaded u = upload("DEMO-COLLEGE", "menace.png", "image/png", Samples.png());
        byte[] sealed = (byte[]) Db.single("SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = 0",
                u.evidenceId());
        sealed[sealed.length / 2] ^= 0x01;
        Db.update("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ? AND seq = 0", sealed, u.evidenceId());
        String head = api.token("head.college", PASSWORD);

        HttpResponse<byte[]> download = getBytes("api/v1/evidence/" + u.evidenceId() + "/content", head);
        HttpResponse<byte[]> dossier = getBytes("api/v1/evidence/dossier?format=zip&reportId=" + u.reportId(), head);
        JsonObject listed = api.get("api/v1/evidence?reportId=" + u.reportId(), head, "en").json().asJsonArray()
                .getJsonObject(0);

        assertEquals(409, download.statusCode());
        assertTrue(new String(download.body(), StandardCharsets.UTF_8).contains("altered"));
        assertFalse(contains(download.body(), Arrays.copyOfRange(Samples.png(), 8, 20)), "no byte of it");
        assertEquals(409, dossier.statusCode(), "no dossier with an altered file");
        assertTrue(listed.getBoolean("integrityAlert"));
        assertNotNull(Db.single("SELECT integrity_alert_at FROM evidence_file WHERE id = ?", u.evidenceId()));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVIDENCE_INTEGRITY_ALERT' AND"
                + " record_id = ?", Long.toString(u.evidenceId())) >= 1);
        // Every enabled referent and head of the school, once each (other test classes of the shared server add
        // staff accounts to the demo collège, so the count is read, not assumed to be two).
        long leads = schoolLeads("SELECT school_id FROM evidence_file WHERE id = ?", u.evidenceId());
        assertTrue(leads >= 2, "the demo collège has a referent and a head");
        assertEquals(leads, Db.number("SELECT COUNT(*) FROM notification WHERE kind = 'EVIDENCE_INTEGRITY_ALERT' AND"
                + " record_id = ? AND urgent = TRUE", Long.toString(u.evidenceId())), "the referents and the head, once");
        assertFalse(actions(u.evidenceId()).contains("DOWNLOADED"));
    }

    /** The check deploy/restore.sh relies on, through its admin entry point: an altered blob is named, by id. */
    @Test
    void theIntegrityCheckNamesAnAlteredBlobKeepsTheChainIntactAndIsAudited() throws Exception {
        Uploaded intact = upload("DEMO-COLLEGE", "intact.png", "image/png", Samples.png());
        Uploaded altered = upload("DEMO-COLLEGE", "altered.png", "image/png", Samples.png());
        byte[] sealed = (byte[]) Db.single("SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = 0",
                altered.evidenceId());
        sealed[sealed.length / 3] ^= 0x01;
        Db.update("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ? AND seq = 0", sealed,
                altered.evidenceId());
        String admin = api.token("admin", PASSWORD);

        Api.Answer refused = api.post("api/v1/admin/integrity", "{}", api.token("referent.college", PASSWORD), "en");
        Api.Answer run = api.post("api/v1/admin/integrity", "{}", admin, "en");

        assertEquals(403, refused.status());
        assertEquals(200, run.status(), run.body());
        JsonObject report = run.json().asJsonObject();
        assertTrue(!report.containsKey("auditFirstBrokenId") || report.isNull("auditFirstBrokenId"), run.body());
        assertTrue(report.getJsonNumber("auditEntries").longValue() > 0);
        assertTrue(report.getJsonNumber("evidenceFiles").longValue() >= 2);
        List<String> broken = report.getJsonArray("evidenceBroken").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(broken.stream().anyMatch(b -> b.startsWith("evidence " + altered.evidenceId() + ":")), run.body());
        assertTrue(broken.stream().noneMatch(b -> b.startsWith("evidence " + intact.evidenceId() + ":")), run.body());
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'INTEGRITY_CHECKED' AND actor = 'admin'")
                >= 1, "the check read every child's evidence: it is in the audit log");
    }

    @Test
    void anotherSchoolsEvidenceDoesNotExistForItsStaffAndTheAttemptIsAudited() {
        Uploaded u = upload("DEMO-COLLEGE", "capture.png", "image/png", Samples.png());
        long deniedBefore = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVIDENCE_ACCESS_DENIED'");
        String otherReferent = api.token("referent.lycee", PASSWORD);
        String teacher = api.token("teacher.college", PASSWORD);

        assertEquals(404, api.get("api/v1/evidence/" + u.evidenceId() + "/content", otherReferent, "en").status());
        assertEquals(404, api.get("api/v1/evidence?reportId=" + u.reportId(), otherReferent, "en").status());
        assertEquals(404, api.get("api/v1/evidence/dossier?format=pdf&reportId=" + u.reportId(), otherReferent,
                "en").status());
        assertEquals(404, api.get("api/v1/evidence/999999999/content", otherReferent, "en").status(),
                "exactly like a file that does not exist");
        assertEquals(403, api.get("api/v1/evidence/" + u.evidenceId() + "/content", teacher, "en").status());

        assertEquals(deniedBefore + 4, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action ="
                + " 'EVIDENCE_ACCESS_DENIED'"));
        assertEquals(List.of("ADDED"), actions(u.evidenceId()), "nothing was read");
    }

    @Test
    void theDossierZipHoldsThePdfTheOriginalsAndAManifestThatChecks() throws Exception {
        byte[] png = Samples.jpegWithExif();
        Uploaded u = upload("DEMO-COLLEGE", "photo.jpg", "image/jpeg", png);
        String referent = api.token("referent.college", PASSWORD);

        HttpResponse<byte[]> zip = getBytes("api/v1/evidence/dossier?format=zip&reportId=" + u.reportId(), referent);

        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String path = "files/" + u.evidenceId() + "-photo.jpg";
        assertArrayEquals(png, entries.get(path), "the original, metadata included");
        String manifest = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (String line : manifest.split("\n")) {
            assertEquals(sha256(entries.get(line.substring(66))), line.substring(0, 64), line);
        }
        assertTrue(manifest.contains(sha256(png) + "  " + path));
        String text;
        try (PDDocument pdf = Loader.loadPDF(entries.get("dossier.pdf"))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains(sha256(png)), text);
        assertTrue(text.contains("R-" + u.reportId()));
        assertTrue(text.contains("EXPORTED"), "the custody log shows this export");
        assertFalse(new String(entries.get("dossier.pdf"), StandardCharsets.ISO_8859_1).contains(Samples.EXIF_SECRET),
                "the preview in the PDF carries no EXIF");
        assertTrue(actions(u.evidenceId()).contains("EXPORTED"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'DOSSIER_EXPORTED' AND record_id"
                + " = ?", Long.toString(u.reportId())));
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsStored() {
        Uploaded u = upload("DEMO-LYCEE", "ok.png", "image/png", Samples.png());
        byte[] png = Samples.png();
        Map<String, Long> before = Db.reportCounts();

        assertRefused(u, Part.file("file", "archive.png", "image/png", zip()), "evidence.archive");
        assertRefused(u, Part.file("file", "photo.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8)),
                "evidence.disguised");
        assertRefused(u, Part.file("file", "cut.png", "image/png", Arrays.copyOf(png, png.length - 6)),
                "evidence.truncated");
        assertRefused(u, Part.file("file", "..\\..\\photo.png", "image/png", png), "evidence.name.path");
        assertRefused(u, Part.file("file", "gpj\u202Eexe.png", "image/png", png), "evidence.name.control");

        assertEquals(before, Db.reportCounts());
    }

    @Test
    void evidenceOfAReportClosedLongerThanTheRetentionPeriodIsOverwrittenAndPurged() {
        Uploaded u = upload("DEMO-ECOLE", "capture.png", "image/png", Samples.png());
        Db.update("UPDATE report SET status = 'CLOSED', last_activity_at = ? WHERE id = ?",
                Timestamp.from(Instant.parse("2015-01-01T00:00:00Z")), u.reportId());
        String admin = api.token("admin", PASSWORD);

        Api.Answer run = api.post("api/v1/admin/evidence/retention", "{}", admin, "en");

        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().asJsonObject().getInt("purged") >= 1);
        assertEquals(0, Db.number("SELECT COUNT(*) FROM evidence_chunk WHERE evidence_id = ?", u.evidenceId()));
        assertNotNull(Db.single("SELECT purged_at FROM evidence_file WHERE id = ?", u.evidenceId()));
        assertNull(Db.single("SELECT sha256_sealed FROM evidence_file WHERE id = ?", u.evidenceId()));
        assertEquals(List.of("ADDED", "PURGED"), actions(u.evidenceId()));
        assertEquals("system", Db.single("SELECT actor FROM audit_entry WHERE action = 'EVIDENCE_PURGED' AND record_id"
                + " = ?", Long.toString(u.evidenceId())));
        assertEquals(404, api.get("api/v1/evidence/" + u.evidenceId() + "/content",
                api.token("referent.ecole", PASSWORD), "en").status());
    }

    @Test
    void rotationSealsAnOldKeysBlobAndAClearBlobFromBeforeTheVaultUnderTheActiveKey() throws Exception {
        byte[] first = Samples.png();
        byte[] second = Samples.jpeg();
        Uploaded old = upload("DEMO-COLLEGE", "old.png", "image/png", first);
        Uploaded clear = upload("DEMO-COLLEGE", "clear.jpg", "image/jpeg", second);
        SecretKeySpec oldKey = new SecretKeySpec(OLD_KEY, "AES");
        Db.update("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ? AND seq = 0",
                ChunkCipher.sealChunk(oldKey, old.evidenceId(), 0, true, first, first.length), old.evidenceId());
        Db.update("UPDATE evidence_file SET key_id = 'it-old', sha256_sealed = ? WHERE id = ?",
                ChunkCipher.sealDigest(oldKey, old.evidenceId(), MessageDigest.getInstance("SHA-256").digest(first)),
                old.evidenceId());
        Db.update("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ? AND seq = 0", second, clear.evidenceId());
        Db.update("UPDATE evidence_file SET key_id = NULL, sha256_sealed = NULL, sha256 = ? WHERE id = ?",
                sha256(second), clear.evidenceId());
        String admin = api.token("admin", PASSWORD);
        String referent = api.token("referent.college", PASSWORD);

        Api.Answer run = api.post("api/v1/admin/evidence/rotation", "{}", admin, "en");

        assertEquals(200, run.status(), run.body());
        assertEquals("it-2026", run.json().asJsonObject().getString("activeKeyId"));
        assertEquals(0, run.json().asJsonObject().getInt("remaining"));
        for (Uploaded u : List.of(old, clear)) {
            assertEquals("it-2026", Db.single("SELECT key_id FROM evidence_file WHERE id = ?", u.evidenceId()));
            assertNull(Db.single("SELECT sha256 FROM evidence_file WHERE id = ?", u.evidenceId()));
            assertTrue(actions(u.evidenceId()).contains("REENCRYPTED"));
        }
        assertFalse(contains((byte[]) Db.single("SELECT data FROM evidence_chunk WHERE evidence_id = ?",
                clear.evidenceId()), Arrays.copyOf(second, 32)), "no clear copy left");
        assertArrayEquals(first, getBytes("api/v1/evidence/" + old.evidenceId() + "/content", referent).body());
        assertArrayEquals(second, getBytes("api/v1/evidence/" + clear.evidenceId() + "/content", referent).body());
    }

    @Test
    void anUnansweredTakedownRequestRemindsTheSchool() {
        Uploaded u = upload("DEMO-COLLEGE", "capture.png", "image/png", Samples.png());
        Db.update("INSERT INTO takedown_request (report_id, school_id, platform, content_url, kind, sent_at, status,"
                        + " created_by, created_at) SELECT id, school_id, 'TIKTOK', 'https://tiktok.com/@x/video/1',"
                        + " 'HARASSMENT', ?, 'SENT', 'referent.college', ? FROM report WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(10 * 86400)), Timestamp.from(Instant.now()), u.reportId());
        String admin = api.token("admin", PASSWORD);

        Api.Answer run = api.post("api/v1/admin/evidence/takedown-reminders", "{}", admin, "en");
        Api.Answer again = api.post("api/v1/admin/evidence/takedown-reminders", "{}", admin, "en");

        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().asJsonObject().getInt("reminded") >= 1);
        assertEquals(schoolLeads("SELECT school_id FROM report WHERE id = ?", u.reportId()), Db.number(
                "SELECT COUNT(*) FROM notification WHERE kind = 'TAKEDOWN_NO_ANSWER' AND record_id = ?",
                Long.toString(u.reportId())), "the referents and the head, once each");
        assertEquals(0, again.json().asJsonObject().getInt("reminded"), "not again before the period is over");
    }

    // ---------------------------------------------------------------------------------------------------------

    private Uploaded upload(String school, String name, String type, byte[] content) {
        JsonObject report = Json.createObjectBuilder().add("schoolCode", school).add("category", "THREATS")
                .add("description", "Des messages de menace depuis lundi.")
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("witness", false).add("anonymous", true)
                .add("risk", Json.createObjectBuilder().add("immediateDanger", false).add("selfHarm", false)
                        .add("threats", false).add("locationShared", false).add("blackmail", false)
                        .add("intimateImages", false))
                .build();
        Api.Answer created = api.post("api/v1/reports", report.toString(), null, "fr");
        assertEquals(201, created.status(), created.body());
        String receipt = created.json().asJsonObject().getString("receipt");
        long reportId = Db.number("SELECT id FROM report WHERE content_fingerprint = ?",
                created.json().asJsonObject().getString("fingerprint"));
        String token = api.post("api/v1/reports/access", Json.createObjectBuilder().add("receipt", receipt).build()
                .toString(), null, "en").json().asJsonObject().getString("token");
        Api.Answer up = api.postMultipart("api/v1/reports/mine/evidence", List.of(Part.field("note", "x"),
                Part.file("file", name, type, content)), token, "en");
        assertEquals(201, up.status(), up.body());
        JsonObject proof = up.json().asJsonObject();
        return new Uploaded(reportId, proof.getJsonNumber("id").longValue(), proof.getString("sha256"), token);
    }

    private void assertRefused(Uploaded u, Part file, String key) {
        Api.Answer a = api.postMultipart("api/v1/reports/mine/evidence", List.of(file), u.reporterToken(), "en");
        assertEquals(400, a.status(), a.body());
        JsonObject v = a.json().asJsonObject().getJsonArray("violations").getJsonObject(0);
        assertEquals("file", v.getString("field"));
        assertFalse(v.getString("message").isBlank());
        assertFalse(v.getString("message").equals(key), "a translated message, not the key: " + key);
        Api.Answer fr = api.postMultipart("api/v1/reports/mine/evidence", List.of(file), u.reporterToken(), "fr");
        assertFalse(fr.json().asJsonObject().getJsonArray("violations").getJsonObject(0).getString("message")
                .equals(v.getString("message")), "French too");
    }

    private HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> actions(long evidenceId) {
        return Db.rows("SELECT action FROM evidence_custody WHERE evidence_id = ? ORDER BY id", evidenceId).stream()
                .map(r -> (String) r.get("action")).toList();
    }

    private static byte[] zip() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(new byte[50_000]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The enabled referents and heads of the school this query (one parameter) names: who is alerted. */
    private static long schoolLeads(String schoolOf, long id) {
        return Db.number("SELECT COUNT(DISTINCT a.id) FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.enabled = TRUE AND r.role IN ('REFERENT', 'HEAD_OF_SCHOOL') AND r.school_id = ("
                + schoolOf + ")", id);
    }
}
