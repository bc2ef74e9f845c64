package org.haven.reporting.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.haven.platform.i18n.Messages;
import org.haven.testing.Api;
import org.haven.testing.Api.Part;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The confidential reporting API from outside, as a pupil's phone would call it (ARCHITECTURE.md section 4):
 * every endpoint's happy path, then bad input of every kind, each answered 4xx in problem+json in the
 * request's language with nothing stored, then the abuse limits.
 *
 * <p>The abuse limits are in memory, per client, and every request here comes from 127.0.0.1: this class runs
 * against the production defaults (10 reports an hour, 5 failed receipts in ten minutes) and keeps count of what
 * it spends ({@link #reportsCreated}, {@link #receiptFailures}). Bad reports and malformed bodies do not count;
 * at most {@value #SAFE_RECEIPT_FAILURES} receipt failures are spent before the last two tests, which then use up
 * each limit and check the 429. Nothing is overridden in pom.xml, so the limits tested are the ones that ship.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static final int REPORTS_PER_HOUR = 120; // per address (a whole school shares one)
    private static final int RECEIPT_FAILURES = 5;
    private static final int SAFE_RECEIPT_FAILURES = RECEIPT_FAILURES - 1;
    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;
    private static final String RECEIPT_FORMAT = "\\d{4} \\d{4} \\d{4} \\d{4}";

    /** Successful POST /reports in this server process (the limit counts them per client). */
    private static final AtomicInteger reportsCreated = new AtomicInteger();
    /** Failed receipt attempts in this server process. */
    private static final AtomicInteger receiptFailures = new AtomicInteger();

    /** A report made once and used by the tests that need a receipt and a token. */
    private static Created shared;

    /** What POST /reports answered, with the report's id found through its fingerprint. */
    record Created(String receipt, long id, JsonObject body) {
    }

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

    // ---------------------------------------------------------------------------------------------------------
    // Happy paths
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void anAnonymousReportIsReceivedOpenedWithItsReceiptAndAnswered() throws Exception {
        Api.Answer a = api.post("api/v1/reports", validReport().toString(), null, "fr");

        assertEquals(201, a.status(), a.body());
        assertTrue(a.header("Content-Type").startsWith("application/json"));
        assertEquals("no-store", a.header("Cache-Control"), "a receipt must never be cached");
        JsonObject body = a.json().asJsonObject();
        String receipt = body.getString("receipt");
        assertTrue(receipt.matches(RECEIPT_FORMAT), receipt);
        assertFalse(body.getBoolean("urgent"));
        assertEquals(List.of("3018", "3020"), phones(body.getJsonArray("helpLines")), "general lines only");
        assertEquals("Collège Victor Hugo", body.getString("school"));
        assertTrue(body.getString("fingerprint").matches("[0-9a-f]{64}"));
        Instant receivedAt = Instant.parse(body.getString("receivedAt"));
        assertTrue(Duration.between(receivedAt, Instant.now()).abs().toMinutes() < 5, receivedAt.toString());
        reportsCreated.incrementAndGet();
        shared = created(receipt, body);

        Map<String, Object> row = Db.rows("SELECT * FROM report WHERE id = ?", shared.id()).getFirst();
        assertEquals("INSULTS", row.get("category"));
        assertEquals("INSTAGRAM,SNAPCHAT", row.get("platforms"));
        assertEquals("SEVERAL_TIMES", row.get("frequency"));
        assertEquals("NEW", row.get("status"));
        assertEquals(Boolean.TRUE, row.get("anonymous"));
        assertEquals(Boolean.FALSE, row.get("urgent"));
        assertNull(row.get("reporter_name"));
        assertNull(row.get("reporter_account_id"));
        String digits = receipt.replace(" ", "");
        assertFalse(row.get("receipt_lookup").toString().contains(digits));
        assertFalse(row.get("receipt_hash").toString().contains(digits), "the receipt is never stored in clear");
        assertEquals(List.of("https://www.instagram.com/p/abc123/"),
                Db.rows("SELECT url FROM report_link WHERE report_id = ?", shared.id()).stream()
                        .map(r -> r.get("url")).toList());

        // Opened again with the receipt as a person types it: spaces, dashes, surrounding blanks.
        String spaced = "  " + receipt.replace(" ", "  ") + " ";
        Api.Answer access = api.post("api/v1/reports/access", receiptJson(spaced), null, "fr");
        assertEquals(200, access.status(), access.body());
        JsonObject token = access.json().asJsonObject();
        assertEquals(900, token.getJsonNumber("expiresIn").longValue());
        String bearer = token.getString("token");
        assertEquals(200, api.post("api/v1/reports/access", receiptJson(receipt.replace(" ", "-")), null, "en")
                .status());

        Api.Answer mine = api.get("api/v1/reports/mine", bearer, "fr");
        assertEquals(200, mine.status(), mine.body());
        JsonObject view = mine.json().asJsonObject();
        assertEquals("Collège Victor Hugo", view.getString("school"));
        assertEquals("INSULTS", view.getString("category"));
        assertEquals("NEW", view.getString("status"));
        assertFalse(view.getBoolean("urgent"));
        assertEquals(0, view.getJsonArray("messages").size());
        assertEquals(0, view.getJsonArray("evidence").size());

        Api.Answer message = api.post("api/v1/reports/mine/messages",
                Json.createObjectBuilder().add("body", "  Ça a recommencé ce soir.  ").build().toString(), bearer, "fr");
        assertEquals(201, message.status(), message.body());

        byte[] png = png();
        Api.Answer upload = api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "capture écran.png", "image/png", png)), bearer, "fr");
        assertEquals(201, upload.status(), upload.body());
        JsonObject proof = upload.json().asJsonObject();
        assertEquals(sha256(png), proof.getString("sha256"), "the hash the reporter keeps is the file's");
        assertEquals(png.length, proof.getJsonNumber("size").longValue());
        assertEquals("image/png", proof.getString("contentType"));
        assertEquals("capture écran.png", proof.getString("fileName"));
        long evidenceId = proof.getJsonNumber("id").longValue();
        byte[] stored = storedBytes(evidenceId);
        assertEquals(png.length + 28, stored.length, "sealed: a 12-byte nonce and a 16-byte tag around the bytes");
        assertFalse(java.util.Arrays.equals(png, java.util.Arrays.copyOfRange(stored, 12, 12 + png.length)),
                "the evidence vault stores it encrypted");
        assertNull(Db.single("SELECT sha256 FROM evidence_file WHERE id = ?", evidenceId), "no plain hash");
        assertEquals("it-2026", Db.single("SELECT key_id FROM evidence_file WHERE id = ?", evidenceId));

        JsonObject after = api.get("api/v1/reports/mine", bearer, "en").json().asJsonObject();
        JsonArray messages = after.getJsonArray("messages");
        assertEquals(1, messages.size());
        assertEquals("Ça a recommencé ce soir.", messages.getJsonObject(0).getString("body"));
        assertTrue(messages.getJsonObject(0).getBoolean("fromReporter"));
        assertEquals(1, after.getJsonArray("evidence").size());
        assertEquals(sha256(png), after.getJsonArray("evidence").getJsonObject(0).getString("sha256"));

        // The school's referent and head are told of each step, nobody else.
        List<Long> alerted = accountIds("referent.college", "head.college");
        assertEquals(Map.of("REPORT_NEW", alerted, "REPORT_MESSAGE", alerted, "REPORT_EVIDENCE", alerted),
                notificationsOf(shared.id()));
    }

    @Test
    @Order(2)
    void aNamedReportKeepsTheNameAndClassButNoAccount() {
        JsonObject json = Json.createObjectBuilder(validReport()).add("anonymous", false)
                .add("reporterName", "  Léa Martin ").add("reporterClass", "4e B").add("witness", true).build();

        Created c = create(json, "en");

        Map<String, Object> row = Db.rows("SELECT * FROM report WHERE id = ?", c.id()).getFirst();
        assertEquals(Boolean.FALSE, row.get("anonymous"));
        assertEquals(Boolean.TRUE, row.get("witness"));
        assertEquals("Léa Martin", row.get("reporter_name"));
        assertEquals("4e B", row.get("reporter_class"));
        assertNull(row.get("reporter_account_id"), "no account signed in");
        Map<String, Object> audit = receivedAudit(c.id());
        assertEquals("reporter", audit.get("actor"), "the audit log never names a reporter");
        assertNull(audit.get("actor_account_id"));
    }

    @Test
    @Order(3)
    void anUrgentReportAnswersTheHelpLinesThatFitFirstAndAlertsTheSchoolAtOnce() {
        JsonObject json = Json.createObjectBuilder(validReport())
                .add("risk", risk(false, true, false, false, false, false)).build();

        Created c = create(json, "fr");

        assertTrue(c.body().getBoolean("urgent"));
        JsonArray lines = c.body().getJsonArray("helpLines");
        assertEquals(List.of("3114", "119", "3018", "3020"), phones(lines), "self-harm lines first, then general");
        assertEquals("Prévention du suicide", lines.getJsonObject(0).getString("name"));
        assertEquals("3114", lines.getJsonObject(0).getString("tel"));
        assertFalse(phones(lines).contains("112"), "not an immediate danger");
        Map<String, Object> row = Db.rows("SELECT urgent, risk_self_harm, risk_threats FROM report WHERE id = ?",
                c.id()).getFirst();
        assertEquals(Map.of("urgent", true, "risk_self_harm", true, "risk_threats", false), row);
        List<Long> alerted = accountIds("referent.college", "head.college");
        assertEquals(Map.of("REPORT_URGENT", alerted), notificationsOf(c.id()));
        assertEquals(List.of(true, true), Db.rows("SELECT urgent FROM notification WHERE record_type = 'report'"
                + " AND record_id = ? ORDER BY account_id", String.valueOf(c.id())).stream()
                .map(r -> r.get("urgent")).toList());
        Map<String, Object> audit = receivedAudit(c.id());
        assertEquals("urgent, 0 file(s)", audit.get("detail"));
        assertEquals("reporter", audit.get("actor"));
    }

    @Test
    @Order(4)
    void htmlAndScriptAreKeptAsTypedAndComeBackAsJsonDataNeverAsMarkup() {
        String hostile = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & &amp; </textarea>";
        JsonObject json = Json.createObjectBuilder(validReport()).add("description", hostile)
                .add("involved", "<b>Tom</b>").build();

        Created c = create(json, "en");
        String token = tokenFor(c.receipt());
        Api.Answer sent = api.post("api/v1/reports/mine/messages",
                Json.createObjectBuilder().add("body", hostile).build().toString(), token, "en");
        Api.Answer mine = api.get("api/v1/reports/mine", token, "en");

        assertEquals(hostile, Db.single("SELECT description FROM report WHERE id = ?", c.id()), "stored verbatim");
        assertEquals("<b>Tom</b>", Db.single("SELECT involved FROM report WHERE id = ?", c.id()));
        assertEquals(201, sent.status(), sent.body());
        assertEquals(200, mine.status());
        assertEquals(hostile, mine.json().asJsonObject().getJsonArray("messages").getJsonObject(0).getString("body"),
                "returned unchanged, as a JSON string");
        assertTrue(mine.header("Content-Type").startsWith("application/json"), "never text/html");
        assertEquals("nosniff", mine.header("X-Content-Type-Options"));
        assertTrue(mine.header("Content-Security-Policy").startsWith("default-src 'none'"),
                "nothing may run even if a browser rendered it");
    }

    @Test
    @Order(5)
    void helpResourcesArePublicInFrenchAndEnglish() {
        Api.Answer fr = api.get("api/v1/resources?country=FR", null, "fr");
        Api.Answer en = api.get("api/v1/resources?country=fr", null, "en-GB,en;q=0.8");
        Api.Answer byDefault = api.get("api/v1/resources", null, "de");
        Api.Answer elsewhere = api.get("api/v1/resources?country=" + URLEncoder.encode("ZZ' OR '1'='1",
                StandardCharsets.UTF_8), null, "en");

        assertEquals(200, fr.status());
        JsonArray frLines = fr.json().asJsonArray();
        JsonArray enLines = en.json().asJsonArray();
        assertEquals(List.of("112", "3114", "119", "3018", "3020"), phones(frLines));
        assertEquals(phones(frLines), phones(enLines));
        assertEquals("Prévention du suicide", frLines.getJsonObject(1).getString("name"));
        assertEquals("Suicide prevention line", enLines.getJsonObject(1).getString("name"));
        assertEquals("24/7, free", enLines.getJsonObject(1).getString("hours"));
        assertTrue(frLines.getJsonObject(1).getString("hours").startsWith("24 h/24"));
        assertEquals(java.util.Set.of("name", "phone", "tel", "hours", "purpose"),
                frLines.getJsonObject(0).keySet());
        assertEquals(fr.body(), byDefault.body(), "French by default, FR by default");
        assertEquals(200, elsewhere.status());
        assertEquals(0, elsewhere.json().asJsonArray().size(), "no country, no lines, no error");
    }

    @Test
    @Order(6)
    void aSignedInStudentWhoChoosesAnonymityLeavesNoLinkToTheirAccount() {
        String student = api.token("student2.college", PASSWORD);

        Created c = createWithToken(validReport(), student, "fr");

        assertNull(Db.single("SELECT reporter_account_id FROM report WHERE id = ?", c.id()));
        Map<String, Object> audit = receivedAudit(c.id());
        assertEquals("reporter", audit.get("actor"));
        assertNull(audit.get("actor_account_id"));
        assertNull(audit.get("actor_role"));
    }

    @Test
    @Order(7)
    void aSignedInStudentsNamedReportIsLinkedToTheirAccount() {
        String student = api.token("student3.college", PASSWORD);
        JsonObject json = Json.createObjectBuilder(validReport()).add("anonymous", false)
                .add("reporterName", "Chloé Nguyen").build();

        Created c = createWithToken(json, student, "fr");

        long account = accountIds("student3.college").getFirst();
        assertEquals(account, Db.number("SELECT reporter_account_id FROM report WHERE id = ?", c.id()));
        Map<String, Object> audit = receivedAudit(c.id());
        assertEquals("student3.college", audit.get("actor"));
        assertEquals(account, ((Number) audit.get("actor_account_id")).longValue());
    }

    /**
     * Privacy: an anonymous report leaves no trace of the device it came from, nor of its receipt, anywhere in the
     * database: every column of every table is read.
     */
    @Test
    @Order(8)
    void anAnonymousReportLeavesNoAddressUserAgentOrReceiptAnywhereInTheDatabase() throws SQLException {
        String userAgent = "HavenPrivacyProbe/1.0 (" + UUID.randomUUID() + ")";
        String forwarded = "203.0.113.77";
        Map<String, String> device = Map.of("User-Agent", userAgent, "X-Forwarded-For", forwarded,
                "Forwarded", "for=198.51.100.23");

        Api.Answer a = api.post("api/v1/reports", validReport().toString(), null, "fr", device);
        assertEquals(201, a.status(), a.body());
        reportsCreated.incrementAndGet();
        Created c = created(a.json().asJsonObject().getString("receipt"), a.json().asJsonObject());
        Api.Answer access = api.post("api/v1/reports/access", receiptJson(c.receipt()), null, "fr", device);
        assertEquals(200, access.status(), access.body());
        String token = access.json().asJsonObject().getString("token");
        assertEquals(200, api.get("api/v1/reports/mine", token, "fr", device).status());
        assertEquals(201, api.post("api/v1/reports/mine/messages", "{\"body\":\"Merci.\"}", token, "fr", device)
                .status());

        String digits = c.receipt().replace(" ", "");
        List<String> secrets = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", userAgent, "HavenPrivacyProbe", forwarded,
                "198.51.100.23", digits, c.receipt(), c.receipt().replace(' ', '-'), token);
        List<String> found = new ArrayList<>();
        int tables = 0;
        long values = 0;
        try (Connection db = Db.connect()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                tables++;
                try (ResultSet rs = db.createStatement().executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                                    || type == java.sql.Types.LONGVARBINARY || type == java.sql.Types.BLOB;
                            byte[] raw = binary ? rs.getBytes(i) : null;
                            String text = binary ? null : rs.getString(i);
                            if (raw == null && text == null) {
                                continue;
                            }
                            values++;
                            String latin = raw == null ? text : new String(raw, StandardCharsets.ISO_8859_1);
                            text = raw == null ? text : new String(raw, StandardCharsets.UTF_8);
                            for (String secret : secrets) {
                                if (text.contains(secret) || latin.contains(secret)) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(i) + " holds "
                                            + (secret.equals(token) ? "the report token" : secret));
                                }
                            }
                        }
                    }
                }
            }
        }

        assertTrue(tables >= 12, "every table read: " + tables);
        assertTrue(values > 100, "values read: " + values);
        assertEquals(List.of(), found);
        Map<String, Object> row = Db.rows("SELECT reporter_name, reporter_class, reporter_account_id, anonymous"
                + " FROM report WHERE id = ?", c.id()).getFirst();
        assertNull(row.get("reporter_name"));
        assertNull(row.get("reporter_class"));
        assertNull(row.get("reporter_account_id"));
        assertEquals(Boolean.TRUE, row.get("anonymous"));
    }

    @Test
    @Order(9)
    void aReportTakesTenFilesOfUpToTenMegabytesAndRefusesTheEleventh() {
        Created c = create(validReport(), "en");
        String token = tokenFor(c.receipt());
        byte[] biggest = pngOfSize((int) (10L * 1024 * 1024));

        Api.Answer big = api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "big.png", "image/png", biggest)), token, "en");
        assertEquals(201, big.status(), big.body());
        assertEquals(biggest.length, big.json().asJsonObject().getJsonNumber("size").longValue());
        assertEquals(sha256(biggest), big.json().asJsonObject().getString("sha256"));
        long bigId = big.json().asJsonObject().getJsonNumber("id").longValue();
        assertEquals(10, Db.number("SELECT COUNT(*) FROM evidence_chunk WHERE evidence_id = ?", bigId),
                "streamed in 1 MiB chunks");
        for (int i = 2; i <= 10; i++) {
            byte[] png = png();
            Api.Answer a = api.postMultipart("api/v1/reports/mine/evidence",
                    List.of(Part.file("file", "capture-" + i + ".png", "image/png", png)), token, "en");
            assertEquals(201, a.status(), a.body());
        }
        assertEquals(10, Db.number("SELECT COUNT(*) FROM evidence_file WHERE report_id = ?", c.id()));

        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence",
                        List.of(Part.file("file", "eleventh.png", "image/png", png())), token, lang),
                400, "problem.invalid", "file", "evidence.tooMany", 10);
    }

    @Test
    @Order(10)
    void anHtmlFileIsKeptAsPlainTextNeverAsAPageAndRefusedWhenItClaimsToBeAPicture() {
        String token = tokenFor(shared().receipt());
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        // The evidence vault refuses content that does not match its declared type (picture declared, text sent).
        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "photo.jpg", "image/jpeg", html)), token, lang), 400, "problem.invalid",
                "file", "evidence.disguised");
        Api.Answer a = api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "chat.html", "text/html", html)), token, "en");

        // FileType accepts UTF-8 text, and HTML is text: it is typed from its bytes (text/plain), never as a page.
        assertEquals(201, a.status(), a.body());
        assertEquals("text/plain", a.json().asJsonObject().getString("contentType"));
        assertEquals("text/plain", Db.single("SELECT content_type FROM evidence_file WHERE id = ?",
                a.json().asJsonObject().getJsonNumber("id").longValue()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bad reports: 400, every field named in the request's language, nothing stored
    // ---------------------------------------------------------------------------------------------------------

    static Stream<Arguments> badReports() {
        JsonObject v = validReport();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonArrayBuilder elevenLinks = Json.createArrayBuilder();
        IntStream.range(0, 11).forEach(i -> elevenLinks.add(link("https://example.org/" + i, null, null)));
        JsonArrayBuilder twelvePlatforms = Json.createArrayBuilder();
        Stream.of("INSTAGRAM", "TIKTOK", "SNAPCHAT", "WHATSAPP", "DISCORD", "YOUTUBE", "X", "FACEBOOK", "GAMING",
                "SMS", "OTHER", "OTHER").forEach(twelvePlatforms::add);
        return Stream.of(
                bad("empty object", Json.createObjectBuilder().build(), "schoolCode", "report.school.required"),
                bad("no school", without(v, "schoolCode"), "schoolCode", "report.school.required"),
                bad("blank school", with(v, "schoolCode", "   "), "schoolCode", "report.school.required"),
                bad("unknown school", with(v, "schoolCode", "NOPE-SCHOOL"), "schoolCode", "report.school.unknown"),
                bad("malformed school code", with(v, "schoolCode", "x'; DROP TABLE report; --"), "schoolCode",
                        "report.school.unknown"),
                bad("no category", without(v, "category"), "category", "report.category.required"),
                bad("unknown category", with(v, "category", "BULLYING"), "category", "report.category.unknown"),
                bad("no description", without(v, "description"), "description", "report.description.required"),
                bad("blank description", with(v, "description", " \n\t "), "description",
                        "report.description.required"),
                bad("description of 5001 characters", with(v, "description", "a".repeat(5001)), "description",
                        "report.description.tooLong", 5000),
                bad("control character in description", with(v, "description", "ok\u0007bell"), "description",
                        "text.controlCharacters"),
                bad("NUL in description", with(v, "description", "before\u0000after"), "description",
                        "text.controlCharacters"),
                bad("escape sequence in involved", with(v, "involved", "\u001b[31mred"), "involved",
                        "text.controlCharacters"),
                bad("involved of 1001 characters", with(v, "involved", "b".repeat(1001)), "involved",
                        "report.involved.tooLong", 1000),
                bad("unknown frequency", with(v, "frequency", "SOMETIMES"), "frequency", "report.frequency.unknown"),
                bad("unknown platform", with(v, "platforms", Json.createArrayBuilder().add("MYSPACE").build()),
                        "platforms", "report.platforms.unknown"),
                bad("null platform", with(v, "platforms", Json.createArrayBuilder().addNull().build()), "platforms",
                        "report.platforms.unknown"),
                bad("twelve platforms", with(v, "platforms", twelvePlatforms.build()), "platforms",
                        "report.platforms.tooMany"),
                bad("date in the future", with(v, "occurredOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()),
                        "occurredOn", "report.occurredOn.future"),
                bad("date as dd/mm/yyyy", with(v, "occurredOn", "28/11/2026"), "occurredOn",
                        "report.occurredOn.format"),
                bad("impossible date", with(v, "occurredOn", "2025-02-30"), "occurredOn", "report.occurredOn.format"),
                bad("date and time", with(v, "occurredOn", today + "T10:00:00"), "occurredOn",
                        "report.occurredOn.format"),
                bad("date eleven years ago", with(v, "occurredOn",
                        LocalDate.now(ZoneOffset.UTC).minusYears(11).toString()), "occurredOn",
                        "report.occurredOn.tooOld", 10),
                bad("anonymous with a name", with(v, "reporterName", "Léa Martin"), "reporterName",
                        "report.reporterName.anonymous"),
                bad("anonymous with a class", with(v, "reporterClass", "4e B"), "reporterClass",
                        "report.reporterName.anonymous"),
                bad("named without a name", with(v, "anonymous", JsonValue.FALSE), "reporterName",
                        "report.reporterName.required"),
                bad("named with a blank name", Json.createObjectBuilder(v).add("anonymous", false)
                        .add("reporterName", "   ").build(), "reporterName", "report.reporterName.required"),
                bad("name of 101 characters", Json.createObjectBuilder(v).add("anonymous", false)
                        .add("reporterName", "n".repeat(101)).build(), "reporterName", "report.reporterName.tooLong",
                        100),
                bad("control character in the name", Json.createObjectBuilder(v).add("anonymous", false)
                        .add("reporterName", "Léa\u0008").build(), "reporterName", "text.controlCharacters"),
                bad("no witness answer", without(v, "witness"), "witness", "report.witness.required"),
                bad("no anonymity answer", without(v, "anonymous"), "anonymous", "report.anonymous.required"),
                bad("no risk answers", without(v, "risk"), "risk", "report.risk.required"),
                bad("javascript: link", withLink(v, "javascript:alert(document.cookie)"), "links[0].url",
                        "report.link.url"),
                bad("ftp: link", withLink(v, "ftp://files.example.org/photo.jpg"), "links[0].url", "report.link.url"),
                bad("data: link", withLink(v, "data:text/html,<script>alert(1)</script>"), "links[0].url",
                        "report.link.url"),
                bad("link without host", withLink(v, "https:///no-host/path"), "links[0].url", "report.link.url"),
                bad("link without slashes", withLink(v, "http:example.org"), "links[0].url", "report.link.url"),
                bad("link with a space", withLink(v, "https://exa mple.org/"), "links[0].url", "report.link.url"),
                bad("link of 2001 characters", withLink(v, "https://example.org/" + "p".repeat(1981)),
                        "links[0].url", "report.link.url"),
                bad("null link", with(v, "links", Json.createArrayBuilder().addNull().build()), "links[0].url",
                        "report.link.url"),
                bad("eleven links", with(v, "links", elevenLinks.build()), "links", "report.links.tooMany", 10),
                bad("link seen at a malformed time", with(v, "links", Json.createArrayBuilder()
                                .add(link("https://example.org/", "yesterday evening", null)).build()),
                        "links[0].seenAt", "report.link.seenAt.format"),
                bad("link seen in the future", with(v, "links", Json.createArrayBuilder()
                                .add(link("https://example.org/", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)
                                        .toString(), null)).build()),
                        "links[0].seenAt", "report.link.seenAt.future"),
                bad("link note of 501 characters", with(v, "links", Json.createArrayBuilder()
                                .add(link("https://example.org/", null, "n".repeat(501))).build()),
                        "links[0].note", "report.link.note.tooLong", 500),
                bad("second link bad", with(v, "links", Json.createArrayBuilder()
                                .add(link("https://example.org/ok", null, null))
                                .add(link("javascript:void(0)", null, null)).build()),
                        "links[1].url", "report.link.url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void aBadReportIsRefusedFieldByFieldAndNothingIsStored(String name, String json, String field, String key,
                                                           Object[] args) {
        refused(lang -> api.post("api/v1/reports", json, null, lang), 400, "problem.invalid", field, key, args);
    }

    static Stream<Arguments> unreadableReports() {
        String valid = validReport().toString();
        return Stream.of(
                Arguments.of("malformed JSON", "{\"schoolCode\": \"DEMO-COLLEGE\",", "application/json", 400,
                        "problem.malformed"),
                Arguments.of("not JSON at all", "<report/>", "application/json", 400, "problem.malformed"),
                Arguments.of("a JSON string", "\"a report\"", "application/json", 400, "problem.malformed"),
                Arguments.of("a JSON number", "42", "application/json", 400, "problem.malformed"),
                Arguments.of("JSON null", "null", "application/json", 400, "problem.bodyRequired"),
                Arguments.of("empty body", "", "application/json", 400, "problem.malformed"),
                Arguments.of("witness: \"yes\"", with(validReport(), "witness", "yes").toString(), "application/json",
                        400, "problem.malformed"),
                Arguments.of("anonymous: \"oui\"", with(validReport(), "anonymous", "oui").toString(),
                        "application/json", 400, "problem.malformed"),
                Arguments.of("selfHarm: 1", with(validReport(), "risk", Json.createObjectBuilder()
                        .add("selfHarm", 1).build()).toString(), "application/json", 400, "problem.malformed"),
                Arguments.of("risk: true", with(validReport(), "risk", JsonValue.TRUE).toString(),
                        "application/json", 400, "problem.malformed"),
                Arguments.of("platforms as a string", with(validReport(), "platforms", "INSTAGRAM").toString(),
                        "application/json", 400, "problem.malformed"),
                Arguments.of("text/plain", valid, "text/plain", 415, "problem.unsupportedMediaType"),
                Arguments.of("form", "schoolCode=DEMO-COLLEGE&category=INSULTS", "application/x-www-form-urlencoded",
                        415, "problem.unsupportedMediaType"),
                Arguments.of("multipart", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n",
                        "multipart/form-data; boundary=x", 415, "problem.unsupportedMediaType"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableReports")
    void anUnreadableReportIsAClientErrorNeverAServerError(String name, String body, String contentType, int status,
                                                          String titleKey) {
        refused(lang -> api.postRaw("api/v1/reports", body, contentType, null, lang), status, titleKey, null, null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Receipts and tokens
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aMissingReceiptIsRequiredAndNotCountedAsAFailure() {
        refused(lang -> api.post("api/v1/reports/access", "{}", null, lang), 400, "problem.invalid", "receipt",
                "report.receipt.required");
        refused(lang -> api.post("api/v1/reports/access", receiptJson("  "), null, lang), 400, "problem.invalid",
                "receipt", "report.receipt.required");
        refused(lang -> api.postRaw("api/v1/reports/access", "receipt=1234", "application/x-www-form-urlencoded",
                null, lang), 415, "problem.unsupportedMediaType", null, null);
    }

    @Test
    void aMalformedReceiptIsRefused() {
        // Each of these counts as a failed attempt: one language each to spare the limit (see the class comment).
        refusedOnce(lang -> api.post("api/v1/reports/access", receiptJson("1234 5678 9012 345"), null, lang),
                FR, 400, "problem.invalid", "receipt", "report.receipt.format");
        receiptFailures.incrementAndGet();
        refusedOnce(lang -> api.post("api/v1/reports/access", receiptJson("1234 5678 ABCD 3456"), null, lang),
                EN, 400, "problem.invalid", "receipt", "report.receipt.format");
        receiptFailures.incrementAndGet();
        refusedOnce(lang -> api.post("api/v1/reports/access", receiptJson("1234 5678 9012 3456 7"), null, lang),
                FR, 400, "problem.invalid", "receipt", "report.receipt.format");
        receiptFailures.incrementAndGet();
        assertTrue(receiptFailures.get() <= SAFE_RECEIPT_FAILURES);
    }

    @Test
    void aWrongReceiptOpensNothing() {
        String wrong = "0000 0000 0000 0001";
        assertNotEquals(wrong, shared().receipt());

        refusedOnce(lang -> api.post("api/v1/reports/access", receiptJson(wrong), null, lang), EN, 401,
                "report.receipt.invalid", null, null);
        receiptFailures.incrementAndGet();
        assertTrue(receiptFailures.get() <= SAFE_RECEIPT_FAILURES);
    }

    @Test
    void aReceiptInTheAddressOpensNothing() {
        String receipt = URLEncoder.encode(shared().receipt(), StandardCharsets.UTF_8);

        refused(lang -> api.post("api/v1/reports/access?receipt=" + receipt, "{}", null, lang), 400,
                "problem.invalid", "receipt", "report.receipt.required");
        refused(lang -> api.get("api/v1/reports/mine?receipt=" + receipt, null, lang), 401, "problem.unauthorized",
                null, null);
        // GET /api/v1/reports/{reportId} (staff, issue 20) now answers this address: a token is needed first.
        refused(lang -> api.get("api/v1/reports/access?receipt=" + receipt, null, lang), 401,
                "problem.unauthorized", null, null);
    }

    @Test
    void theReportEndpointsNeedAReportToken() {
        String forged = Base64Url.random();
        refused(lang -> api.get("api/v1/reports/mine", null, lang), 401, "problem.unauthorized", null, null);
        refused(lang -> api.get("api/v1/reports/mine", forged, lang), 401, "problem.unauthorized", null, null);
        refused(lang -> api.get("api/v1/reports/mine", "x".repeat(101), lang), 401, "problem.unauthorized", null,
                null);
        refused(lang -> api.post("api/v1/reports/mine/messages", "{\"body\":\"hello\"}", forged, lang), 401,
                "problem.unauthorized", null, null);
        refused(lang -> api.post("api/v1/reports/mine/messages", "{\"body\":\"hello\"}", null, lang), 401,
                "problem.unauthorized", null, null);
        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "a.png", "image/png", png())), null, lang), 401, "problem.unauthorized",
                null, null);
    }

    @Test
    void anExpiredReportTokenStopsWorking() {
        String token = tokenFor(shared().receipt());
        assertEquals(200, api.get("api/v1/reports/mine", token, "en").status());

        assertEquals(1, Db.update("UPDATE report_access_token SET expires_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), sha256(token.getBytes(
                        StandardCharsets.UTF_8))));

        refused(lang -> api.get("api/v1/reports/mine", token, lang), 401, "problem.unauthorized", null, null);
        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "a.png", "image/png", png())), token, lang), 401, "problem.unauthorized",
                null, null);
    }

    @Test
    void anAccountTokenOpensNoReport() {
        String referent = api.token("referent.college", PASSWORD);
        String student = api.token("student.college", PASSWORD);

        refused(lang -> api.get("api/v1/reports/mine", referent, lang), 401, "problem.unauthorized", null, null);
        refused(lang -> api.get("api/v1/reports/mine", student, lang), 401, "problem.unauthorized", null, null);
        refused(lang -> api.post("api/v1/reports/mine/messages", "{\"body\":\"hello\"}", referent, lang), 401,
                "problem.unauthorized", null, null);
        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence",
                List.of(Part.file("file", "a.png", "image/png", png())), student, lang), 401, "problem.unauthorized",
                null, null);
    }

    @Test
    void aReportTokenIsNoAccount() {
        String token = tokenFor(shared().receipt());

        refused(lang -> api.get("api/v1/me", token, lang), 403, "problem.forbidden", null, null);
        refused(lang -> api.get("api/v1/me/children", token, lang), 403, "problem.forbidden", null, null);
        Map<String, Long> schools = Db.counts(List.of("school"));
        refused(lang -> api.post("api/v1/schools", "{\"code\":\"TOKEN-SCHOOL\",\"name\":\"X\",\"level\":\"LYCEE\"}",
                token, lang), 403, "problem.forbidden", null, null);
        assertEquals(schools, Db.counts(List.of("school")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bad messages and files
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aBadMessageIsRefusedAndNothingIsStored() {
        String token = tokenFor(shared().receipt());
        String path = "api/v1/reports/mine/messages";

        refused(lang -> api.post(path, "{}", token, lang), 400, "problem.invalid", "body", "report.message.required");
        refused(lang -> api.post(path, "{\"body\":\" \\n \"}", token, lang), 400, "problem.invalid", "body",
                "report.message.required");
        refused(lang -> api.post(path, Json.createObjectBuilder().add("body", "m".repeat(5001)).build().toString(),
                token, lang), 400, "problem.invalid", "body", "report.message.tooLong", 5000);
        refused(lang -> api.post(path, "{\"body\":\"hi\\u0000there\"}", token, lang), 400, "problem.invalid", "body",
                "text.controlCharacters");
        refused(lang -> api.post(path, "{\"body\":", token, lang), 400, "problem.malformed", null, null);
        refused(lang -> api.post(path, "{\"body\":[\"a\"]}", token, lang), 400, "problem.malformed", null, null);
        refused(lang -> api.postRaw(path, "hello", "text/plain", token, lang), 415, "problem.unsupportedMediaType",
                null, null);
    }

    static Stream<Arguments> badFiles() {
        byte[] oversize = pngOfSize((int) (10L * 1024 * 1024) + 1);
        return Stream.of(
                Arguments.of("file over 10 MB", List.of(Part.file("file", "big.png", "image/png", oversize)), 413,
                        "problem.tooLarge", "file", "evidence.tooLarge", new Object[]{10L}),
                Arguments.of("executable named .jpg", List.of(Part.file("file", "photo.jpg", "image/jpeg", elf())),
                        400, "problem.invalid", "file", "evidence.type", new Object[0]),
                Arguments.of("Windows program named .jpg", List.of(Part.file("file", "photo.jpg", "image/jpeg",
                        windowsExe())), 400, "problem.invalid", "file", "evidence.type", new Object[0]),
                Arguments.of("zip named .jpg", List.of(Part.file("file", "photo.jpg", "image/jpeg", zip())), 400,
                        "problem.invalid", "file", "evidence.archive", new Object[0]),
                Arguments.of("binary garbage", List.of(Part.file("file", "notes.txt", "text/plain",
                        new byte[]{1, 2, 3, 4, (byte) 0xFE, 0})), 400, "problem.invalid", "file", "evidence.type",
                        new Object[0]),
                Arguments.of("empty file", List.of(Part.file("file", "empty.png", "image/png", new byte[0])), 400,
                        "problem.invalid", "file", "evidence.empty", new Object[0]),
                Arguments.of("two files in one call", List.of(Part.file("file", "a.png", "image/png", png()),
                        Part.file("file", "b.png", "image/png", png())), 400, "problem.invalid", "file",
                        "evidence.oneFile", new Object[0]),
                Arguments.of("two fields with a file each", List.of(Part.file("file", "a.png", "image/png", png()),
                        Part.file("other", "b.png", "image/png", png())), 400, "problem.invalid", "file",
                        "evidence.oneFile", new Object[0]),
                Arguments.of("no file, only a text field", List.of(Part.field("file", "not a file")), 400,
                        "problem.invalid", "file", "evidence.oneFile", new Object[0]),
                Arguments.of("file in another field", List.of(Part.file("upload", "a.png", "image/png", png())), 400,
                        "problem.invalid", "file", "evidence.oneFile", new Object[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedAndNothingIsStored(String name, List<Part> parts, int status, String titleKey,
                                             String field, String key, Object[] args) {
        String token = tokenFor(shared().receipt());

        refused(lang -> api.postMultipart("api/v1/reports/mine/evidence", parts, token, lang), status, titleKey,
                field, key, args);
    }

    @Test
    void evidenceIsMultipartOnly() {
        String token = tokenFor(shared().receipt());

        refused(lang -> api.postRaw("api/v1/reports/mine/evidence", "{\"file\":\"iVBORw0KGgo=\"}",
                "application/json", token, lang), 415, "problem.unsupportedMediaType", null, null);
        refused(lang -> api.postBytes("api/v1/reports/mine/evidence", png(), "image/png", token, lang, Map.of()),
                415, "problem.unsupportedMediaType", null, null);
        refused(lang -> api.postRaw("api/v1/reports/mine/evidence", "garbage", "multipart/form-data; boundary=zz",
                token, lang), 400, "problem.invalid", "file", "evidence.oneFile");
        refused(lang -> api.postRaw("api/v1/reports/mine/evidence", "", "multipart/form-data", token, lang), 400,
                "problem.malformed", null, null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Abuse limits: last, they use up what is left of each limit for this client
    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void afterFiveFailedReceiptsEvenTheRightOneWaitsTenMinutes() {
        String right = shared().receipt();
        int left = RECEIPT_FAILURES - receiptFailures.get();
        assertTrue(left >= 1, "earlier tests used up the receipt limit: " + receiptFailures.get());
        for (int i = 0; i < left; i++) {
            assertEquals(401, api.post("api/v1/reports/access", receiptJson("9999 9999 9999 999" + i), null, "en")
                    .status());
            receiptFailures.incrementAndGet();
        }
        Map<String, Long> before = Db.reportCounts();

        Api.Answer wrong = api.post("api/v1/reports/access", receiptJson("9999 9999 9999 9990"), null, "fr");
        Api.Answer rightOne = api.post("api/v1/reports/access", receiptJson(right), null, "en");
        Api.Answer malformed = api.post("api/v1/reports/access", receiptJson("12"), null, "fr");

        assertProblem(wrong, 429, FR, "report.receipt.tooMany", null, null);
        assertProblem(rightOne, 429, EN, "report.receipt.tooMany", null, null);
        assertProblem(malformed, 429, FR, "report.receipt.tooMany", null, null);
        assertTrue(wrong.json().asJsonObject().getString("title").contains("3018"), "says where to find help now");
        assertEquals(before, Db.reportCounts(), "no token was issued");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void overTheAddressLimitAPlainReportWaitsWithEveryHelpLineAndADangerReportIsStillTaken() {
        int left = REPORTS_PER_HOUR - reportsCreated.get();
        assertTrue(left >= 1, "earlier tests used up the report limit: " + reportsCreated.get());
        for (int i = 0; i < left; i++) {
            create(validReport(), "en");
        }
        assertEquals(REPORTS_PER_HOUR, reportsCreated.get());

        refused(lang -> api.post("api/v1/reports", validReport().toString(), null, lang), 429, "report.tooMany",
                null, null);
        refused(lang -> api.post("api/v1/reports", "{}", null, lang), 429, "report.tooMany", null, null);
        for (Locale l : List.of(FR, EN)) {
            for (String line : List.of("112", "3114", "119", "3018", "3020")) {
                assertTrue(Messages.text(l, "report.tooMany").contains(line), l + " names " + line);
            }
        }

        // A report that answers a danger question is never refused by a limit: stored, flagged for staff.
        JsonObject selfHarm = Json.createObjectBuilder(validReport()).add("risk", Json.createObjectBuilder()
                .add("immediateDanger", false).add("selfHarm", true).add("threats", false).add("locationShared", false)
                .add("blackmail", false).add("intimateImages", false)).build();
        Api.Answer taken = api.post("api/v1/reports", selfHarm.toString(), null, "fr");
        assertEquals(201, taken.status(), taken.body());
        assertTrue(taken.json().asJsonObject().getBoolean("urgent"));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'REPORT_RECEIVED' AND detail LIKE"
                + " '%over the abuse limit%'") >= 1, "flagged for staff in the audit trail");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    /** Sends a request in French and in English: both refused, each in its language, and nothing stored. */
    private void refused(Function<String, Api.Answer> send, int status, String titleKey, String field, String key,
                         Object... args) {
        Map<String, Long> before = Db.reportCounts();
        for (Locale locale : List.of(FR, EN)) {
            assertProblem(send.apply(locale.getLanguage()), status, locale, titleKey, field, key, args);
        }
        assertEquals(before, Db.reportCounts(), "nothing stored");
    }

    private void refusedOnce(Function<String, Api.Answer> send, Locale locale, int status, String titleKey,
                             String field, String key, Object... args) {
        Map<String, Long> before = Db.reportCounts();
        assertProblem(send.apply(locale.getLanguage()), status, locale, titleKey, field, key, args);
        assertEquals(before, Db.reportCounts(), "nothing stored");
    }

    private static void assertProblem(Api.Answer a, int status, Locale locale, String titleKey, String field,
                                      String key, Object... args) {
        assertEquals(status, a.status(), a.body());
        String type = a.header("Content-Type");
        assertNotNull(type, "no content type: " + a.body());
        assertTrue(type.startsWith("application/problem+json"), type + " " + a.body());
        JsonObject problem = a.json().asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertEquals("about:blank", problem.getString("type"));
        assertEquals(Messages.text(locale, titleKey), problem.getString("title"), a.body());
        if (field != null) {
            String message = Messages.text(locale, key, args);
            assertNotEquals(key, message, "no text for " + key);
            JsonArray violations = problem.getJsonArray("violations");
            assertNotNull(violations, a.body());
            assertTrue(violations.stream().map(JsonValue::asJsonObject)
                            .anyMatch(v -> v.getString("field").equals(field) && v.getString("message").equals(message)),
                    "expected " + field + ": " + message + " in " + a.body());
        }
    }

    /** A valid anonymous, not urgent report to DEMO-COLLEGE. */
    /** Issue 14: a body cut short hung a server thread for ever in JSON-B's skipping of an unknown property. */
    @Test
    void bodiesCutShortOrWithUnknownFieldsAreRefusedAtOnce() {
        String valid = validReport().toString();
        List<String> bodies = new java.util.ArrayList<>(List.of("{\"values\":{\"a\":", "{\"values\":{\"a\":1}}",
                with(validReport(), "unknownField", "x").toString(), "[".repeat(100), "{\"description\":5}"));
        for (int cut = 1; cut < valid.length(); cut += 7) {
            bodies.add(valid.substring(0, cut));
        }
        for (String body : bodies) {
            long start = System.nanoTime();

            Api.Answer a = api.post("api/v1/reports", body, null, "en");

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(400, a.status(), body + " -> " + a.body());
            assertTrue(millis < 2000, body + " took " + millis + " ms");
            assertTrue(a.header("Content-Type").startsWith("application/problem+json"), body);
        }
        for (String path : List.of("api/v1/reports/access", "api/v1/auth/token", "api/v1/reports/mine/messages")) {
            int status = api.post(path, "{\"values\":{\"a\":", null, "en").status();
            assertTrue(status >= 400 && status < 500, path + " -> " + status);
        }
    }

    static JsonObject validReport() {
        return Json.createObjectBuilder()
                .add("schoolCode", "demo-college")
                .add("category", "INSULTS")
                .add("description", "Depuis la rentrée, deux élèves m’insultent en commentaire de mes photos.")
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString())
                .add("frequency", "SEVERAL_TIMES")
                .add("atSchool", false)
                .add("platforms", Json.createArrayBuilder().add("snapchat").add("INSTAGRAM"))
                .add("involved", "Deux élèves de 4e")
                .add("witness", false)
                .add("anonymous", true)
                .add("risk", risk(false, false, false, false, false, false))
                .add("links", Json.createArrayBuilder().add(link("https://www.instagram.com/p/abc123/",
                        OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1).withNano(0).toString(), "Le post")))
                .build();
    }

    static JsonObject risk(boolean immediateDanger, boolean selfHarm, boolean threats, boolean locationShared,
                           boolean blackmail, boolean intimateImages) {
        return Json.createObjectBuilder().add("immediateDanger", immediateDanger).add("selfHarm", selfHarm)
                .add("threats", threats).add("locationShared", locationShared).add("blackmail", blackmail)
                .add("intimateImages", intimateImages).build();
    }

    static JsonObject link(String url, String seenAt, String note) {
        var b = Json.createObjectBuilder().add("url", url);
        if (seenAt != null) {
            b.add("seenAt", seenAt);
        }
        if (note != null) {
            b.add("note", note);
        }
        return b.build();
    }

    static JsonObject with(JsonObject o, String key, String value) {
        return Json.createObjectBuilder(o).add(key, value).build();
    }

    static JsonObject with(JsonObject o, String key, JsonValue value) {
        return Json.createObjectBuilder(o).add(key, value).build();
    }

    static JsonObject without(JsonObject o, String key) {
        return Json.createObjectBuilder(o).remove(key).build();
    }

    static JsonObject withLink(JsonObject o, String url) {
        return with(o, "links", Json.createArrayBuilder().add(link(url, null, null)).build());
    }

    static Arguments bad(String name, JsonObject json, String field, String key, Object... args) {
        return Arguments.of(name, json.toString(), field, key, args);
    }

    private Created create(JsonObject json, String language) {
        return createWithToken(json, null, language);
    }

    private Created createWithToken(JsonObject json, String token, String language) {
        assertTrue(reportsCreated.get() < REPORTS_PER_HOUR, "this class may create at most " + REPORTS_PER_HOUR
                + " reports: the limit is per client and every test comes from 127.0.0.1");
        Api.Answer a = api.post("api/v1/reports", json.toString(), token, language);
        assertEquals(201, a.status(), a.body());
        reportsCreated.incrementAndGet();
        JsonObject body = a.json().asJsonObject();
        return created(body.getString("receipt"), body);
    }

    private static Created created(String receipt, JsonObject body) {
        long id = Db.number("SELECT id FROM report WHERE content_fingerprint = ?", body.getString("fingerprint"));
        return new Created(receipt, id, body);
    }

    private Created shared() {
        if (shared == null) {
            shared = create(validReport(), "fr");
        }
        return shared;
    }

    private String tokenFor(String receipt) {
        Api.Answer a = api.post("api/v1/reports/access", receiptJson(receipt), null, "en");
        assertEquals(200, a.status(), a.body());
        return a.json().asJsonObject().getString("token");
    }

    private static String receiptJson(String receipt) {
        return Json.createObjectBuilder().add("receipt", receipt).build().toString();
    }

    private static List<String> phones(JsonArray lines) {
        return lines.stream().map(v -> v.asJsonObject().getString("phone")).toList();
    }

    private static List<Long> accountIds(String... usernames) {
        return Arrays.stream(usernames)
                .map(u -> Db.number("SELECT id FROM account WHERE username = ?", u)).sorted().toList();
    }

    /** Kind -> the accounts notified of it, for one report. */
    private static Map<String, List<Long>> notificationsOf(long reportId) {
        return Db.rows("SELECT kind, account_id FROM notification WHERE record_type = 'report' AND record_id = ?"
                        + " ORDER BY account_id", String.valueOf(reportId)).stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("kind"),
                        Collectors.mapping(r -> ((Number) r.get("account_id")).longValue(), Collectors.toList())));
    }

    private static Map<String, Object> receivedAudit(long reportId) {
        List<Map<String, Object>> rows = Db.rows("SELECT actor, actor_account_id, actor_role, detail FROM audit_entry"
                + " WHERE action = 'REPORT_RECEIVED' AND record_type = 'report' AND record_id = ?",
                String.valueOf(reportId));
        assertEquals(1, rows.size(), rows.toString());
        return rows.getFirst();
    }

    private static byte[] storedBytes(long evidenceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Db.rows("SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY seq", evidenceId)
                .forEach(r -> out.writeBytes((byte[]) r.get("data")));
        return out.toByteArray();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature followed by padding, of exactly this many bytes. */
    static byte[] pngOfSize(int size) {
        byte[] bytes = new byte[size];
        byte[] png = png();
        System.arraycopy(png, 0, bytes, 0, png.length);
        // Ends with the PNG end chunk (IEND), as a whole PNG does: the vault refuses a PNG cut before its end.
        System.arraycopy(png, png.length - 12, bytes, size - 12, 12);
        return bytes;
    }

    static byte[] elf() {
        byte[] b = new byte[256];
        byte[] head = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    static byte[] windowsExe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        return b;
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("run.sh"));
            zip.write("#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token-shaped random string that no server issued. */
    private static final class Base64Url {
        static String random() {
            byte[] raw = new byte[32];
            new java.security.SecureRandom().nextBytes(raw);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        }
    }
}
