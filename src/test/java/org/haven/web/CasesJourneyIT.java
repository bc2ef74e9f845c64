package org.haven.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.testing.Api;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases in headless Chromium and over REST: a teacher files an incident, the referent works the case through
 * several steps and sees its timeline, the head closes it; a referent adds evidence to a case, previews it and
 * exports the dossier (PDF text and ZIP manifest checked); the case API's scope, filters and bad input.
 */
@OnSharedServer
class CasesJourneyIT extends BrowserJourney {








    @Test
    void aTeacherFilesTheReferentWorksTheCaseAndTheHeadClosesIt() {
        long casesBefore = Db.number("SELECT COUNT(*) FROM case_file");

        // The teacher files an incident; an empty form is refused field by field first.
        signIn("teacher.college");
        open("staff/incident.xhtml");
        assertAccessible("incident form");
        click("incident:file");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#description-error .field-error-text")));
        assertEquals("true", browser.findElement(By.id("incident:description")).getAttribute("aria-invalid"));
        assertEquals(casesBefore, Db.number("SELECT COUNT(*) FROM case_file"), "nothing stored");

        new Select(browser.findElement(By.id("incident:category"))).selectByValue("HUMILIATION");
        browser.findElement(By.id("incident:description")).sendKeys(
                "Pendant le cours de sport, trois élèves ont filmé Inès et ont partagé la vidéo sur Snapchat.");
        browser.findElement(By.id("incident:place")).sendKeys("Gymnase");
        click("incident:searchRoster");
        Select pupil = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("incident:pickedPupil"))));
        pupil.selectByIndex(0);
        click("incident:addPupil");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#added-parties li"), 1));
        browser.findElement(By.id("incident:otherName")).sendKeys("« le_gang_du_gymnase »");
        new Select(browser.findElement(By.id("incident:otherPart"))).selectByValue("ALLEGED_AUTHOR");
        click("incident:addOther");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#added-parties li"), 2));
        click("incident:file");
        wait.until(ExpectedConditions.urlContains("staff/cases.xhtml"));
        assertEquals(casesBefore + 1, Db.number("SELECT COUNT(*) FROM case_file"));
        long id = Db.number("SELECT MAX(id) FROM case_file");
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", id);
        assertTrue(browser.findElement(By.id("messages")).getText().contains(number));
        assertTrue(browser.findElement(By.id("cases")).getText().contains(number), "the teacher follows it");
        assertAccessible("case dashboard");

        // The referent finds it by its number and works three steps through the page.
        signIn("referent.college");
        open("staff/cases.xhtml");
        browser.findElement(By.id("filters:search")).sendKeys(number);
        click("filters:apply");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cases tbody tr"), 1));
        click(By.cssSelector("#cases tbody tr a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertAccessible("case page");
        for (String step : List.of("acknowledge", "inform-head", "interview-target")) {
            fillAndComplete(step);
            wait.until(ExpectedConditions.attributeContains(By.cssSelector("li[data-step='" + step + "']"), "class",
                    "step-DONE"));
        }
        // The summary names the next step; the timeline is its own section.
        assertFalse(browser.findElement(By.id("summary-next")).getText().isBlank());
        click(By.cssSelector("#case-sections a[data-section='history']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertTrue(browser.findElements(By.id("steps")).isEmpty(), "only the section asked for is shown");
        List<String> kinds = browser.findElements(By.cssSelector("#timeline li")).stream()
                .map(li -> li.getAttribute("data-kind")).toList();
        assertTrue(kinds.containsAll(List.of("INCIDENT_FILED", "STEP_COMPLETED", "INTERVIEW_RECORDED")), kinds.toString());

        // Timeline filtered by kind.
        click(By.cssSelector("#timelineFilter input[type=checkbox][value='INTERVIEW_RECORDED']"));
        click("timelineFilter:filter");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline li"), 1));

        // After its forms were posted, the page's address still names the case: a reload shows it again.
        assertTrue(browser.getCurrentUrl().contains("id=" + id), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("section=history"), "the action returned to its section");
        browser.get(browser.getCurrentUrl());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertTrue(browser.findElements(By.id("not-found")).isEmpty(), "a reload after an action finds the case");

        // The rest of the protocol through the API, as a referent's tool would.
        String referent = api.token("referent.college", PASSWORD);
        workThroughByApi(id, referent);

        // The head closes it: the protocol's conditions are met, a summary is required.
        signIn("head.college");
        open("staff/case.xhtml?id=" + id);
        click("close:closeCase");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary-error")));
        assertEquals("OPEN", Db.single("SELECT CASE WHEN status = 'CLOSED' THEN 'CLOSED' ELSE 'OPEN' END FROM"
                + " case_file WHERE id = ?", id));
        browser.findElement(By.id("close:summary")).sendKeys("La vidéo est retirée, les élèves ont été sanctionnés ;"
                + " Inès va mieux.");
        click("close:closeCase");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow-ups")));
        assertEquals("CLOSED", Db.single("SELECT status FROM case_file WHERE id = ?", id));
        assertEquals(3L, Db.number("SELECT COUNT(*) FROM case_follow_up WHERE case_id = ?", id));
        assertAccessible("closed case");
    }

    @Test
    void theCaseApiKeepsToTheCallersScope() {
        String teacher = api.token("teacher.college", PASSWORD);
        Api.Answer bad = api.post("api/v1/cases", "{\"schoolCode\":\"DEMO-COLLEGE\",\"category\":\"INSULTS\","
                + "\"description\":\"court\",\"parties\":[]}", teacher, "en");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"), bad.header("Content-Type"));
        List<String> fields = bad.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("field")).toList();
        assertTrue(fields.contains("description"), fields.toString());

        long pupil = Db.number("SELECT MIN(id) FROM person WHERE kind = 'STUDENT' AND school_id = (SELECT id FROM"
                + " school WHERE code = 'DEMO-COLLEGE')");
        Api.Answer filed = api.post("api/v1/cases", "{\"schoolCode\":\"DEMO-COLLEGE\",\"category\":\"THREATS\","
                + "\"description\":\"Menaces répétées dans le bus scolaire.\",\"occurredOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"platforms\":[],\"risk\":[\"threats\"],"
                + "\"parties\":[{\"personId\":" + pupil + ",\"part\":\"TARGET\"}]}", teacher, "fr");
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().asJsonObject().getJsonNumber("id").longValue();

        String outsider = api.token("referent.lycee", PASSWORD);
        for (String path : List.of("api/v1/cases/" + id, "api/v1/cases/" + id + "/timeline")) {
            Api.Answer hidden = api.get(path, outsider, "en");
            assertEquals(404, hidden.status(), path);
            assertFalse(hidden.body().contains("Menaces"), "nothing of the case leaks");
        }
        assertEquals(404, api.post("api/v1/cases/" + id + "/close", "{\"summary\":\"x\"}", outsider, "en").status());
        assertEquals(403, api.get("api/v1/cases", api.token("student.college", PASSWORD), "en").status());

        String referent = api.token("referent.college", PASSWORD);
        JsonObject page = api.get("api/v1/cases?size=2", referent, "en").json().asJsonObject();
        assertEquals(2, page.getJsonArray("rows").size());
        String next = page.getString("next");
        JsonObject second = api.get("api/v1/cases?size=2&after=" + next, referent, "en").json().asJsonObject();
        assertFalse(second.getJsonArray("rows").getJsonObject(0).getString("number")
                .equals(page.getJsonArray("rows").getJsonObject(0).getString("number")));
        assertEquals(400, api.get("api/v1/cases?risk=EXTREME", referent, "en").status());
        JsonArray high = api.get("api/v1/cases?risk=HIGH&size=100", referent, "en").json().asJsonObject()
                .getJsonArray("rows");
        assertTrue(high.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("risk").equals("HIGH")));
        assertTrue(high.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id));

        // The pages keep to the same scope: another school's referent gets the not-found page, nothing of the case.
        signIn("referent.lycee");
        open("staff/case.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertTrue(browser.findElements(By.id("steps")).isEmpty());
        assertFalse(browser.getPageSource().contains("Menaces répétées"), "nothing of the case in the page");

        JsonObject detail = api.get("api/v1/cases/" + id, referent, "en").json().asJsonObject();
        assertEquals("fr-secondary", detail.getString("protocolId"));
        JsonArray timeline = api.get("api/v1/cases/" + id + "/timeline?kind=ESCALATION", referent, "en").json()
                .asJsonArray();
        assertFalse(timeline.isEmpty(), "the threats rule fired");
        assertTrue(timeline.getValuesAs(JsonObject.class).stream().allMatch(e -> e.getString("kind")
                .equals("ESCALATION")));
    }

    @Test
    void aReferentAddsEvidenceToACasePreviewsItAndExportsTheDossier(@TempDir Path dir) throws Exception {
        long id = Db.number("SELECT MIN(c.id) FROM case_file c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = 'DEMO-COLLEGE' AND c.status <> 'CLOSED'");
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", id);
        Path picture = dir.resolve("capture-" + UUID.randomUUID().toString().substring(0, 8) + ".png");
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(7, 5, 0x3366ff);
        ImageIO.write(image, "png", picture.toFile());
        String sha256 = sha256(Files.readAllBytes(picture));
        long filesBefore = Db.number("SELECT COUNT(*) FROM evidence_file WHERE case_id = ?", id);

        // The referent adds the picture through the case page's evidence panel.
        signIn("referent.college");
        open("staff/case.xhtml?id=" + id + "&section=evidence");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-panel")));
        browser.findElement(By.id("evidence-description")).sendKeys("Capture de la story publiée dimanche soir.");
        browser.findElement(By.id("evidence-file")).sendKeys(picture.toAbsolutePath().toString());
        click("evidence-send");
        wait.until(ExpectedConditions.urlContains("evidence"));
        WebElement result;
        try {
            result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-result")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.getPageSource(), e);
        }
        assertTrue(browser.getCurrentUrl().contains("evidence=added"), browser.getCurrentUrl() + ": " + result.getText());
        String name = picture.getFileName().toString();
        WebElement added = browser.findElements(By.cssSelector("#evidence > li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".evidence-name")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed in the panel: "
                        + browser.findElement(By.id("evidence-panel")).getText()));
        assertEquals(filesBefore + 1, Db.number("SELECT COUNT(*) FROM evidence_file WHERE case_id = ?", id));
        assertTrue(added.getText().contains("SHA-256 " + sha256), added.getText());

        // Its thumbnail loads through a short-lived link signed for this account; so does the preview.
        WebElement thumb = added.findElement(By.cssSelector("img.evidence-thumb"));
        assertTrue(thumb.getAttribute("src").matches(".*/staff/evidence/file\\?t=\\d+&v=thumb&x=\\d+&s=[-_A-Za-z0-9]+"),
                thumb.getAttribute("src"));
        waits.until("the evidence thumbnail to load", d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumb)));
        HttpResponse<byte[]> preview = fetch(added.findElement(By.cssSelector("a[href*='v=preview']"))
                .getAttribute("href"));
        assertEquals(200, preview.statusCode());
        assertEquals("image/png", preview.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", preview.headers().firstValue("Cache-Control").orElse(""));
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(preview.body()));
        assertEquals(48, shown.getWidth(), "the preview of a small picture keeps its size");
        assertAccessible("case page with evidence");

        // The dossier as a PDF: the case number and the file's SHA-256 are in its text.
        HttpResponse<byte[]> pdf = fetch(browser.findElement(By.id("dossier-pdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(number), "the case number in the PDF");
        assertTrue(text.contains(sha256), "the file's SHA-256 in the PDF");
        assertTrue(text.contains(picture.getFileName().toString()), "the file's name in the PDF");

        // The dossier as a ZIP: every line of SHA256SUMS matches its entry, the picture among them, unchanged.
        HttpResponse<byte[]> zip = fetch(browser.findElement(By.id("dossier-zip")).getAttribute("href"));
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> manifest = new String(entries.remove("SHA256SUMS"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(entries.size(), manifest.size(), "one manifest line per entry: " + entries.keySet());
        for (String line : manifest) {
            Matcher m = Pattern.compile("([0-9a-f]{64})  (\\S.*)").matcher(line);
            assertTrue(m.matches(), "sha256sum format: " + line);
            assertTrue(entries.containsKey(m.group(2)), "listed and present: " + m.group(2));
            assertEquals(m.group(1), sha256(entries.get(m.group(2))), "checksum of " + m.group(2));
        }
        assertTrue(entries.containsKey("dossier.pdf"), entries.keySet().toString());
        String pictureLine = manifest.stream().filter(l -> l.startsWith(sha256 + "  files/")).findFirst()
                .orElseThrow(() -> new AssertionError("the picture in the manifest: " + manifest));
        assertTrue(pictureLine.endsWith(picture.getFileName().toString()), pictureLine);
        assertArrayEquals(Files.readAllBytes(picture), entries.get(pictureLine.substring(66)), "the original, unchanged");

        // Each view, download and export is in the file's custody log.
        long fileId = Db.number("SELECT MAX(id) FROM evidence_file WHERE case_id = ?", id);
        List<Object> actions = Db.rows("SELECT action FROM evidence_custody WHERE evidence_id = ?", fileId).stream()
                .map(r -> r.values().iterator().next()).toList();
        assertTrue(actions.containsAll(List.of("ADDED", "PREVIEWED", "EXPORTED")), actions.toString());
    }

    // --- helpers ---

    private void workThroughByApi(long id, String token) {
        for (int round = 0; round < 30; round++) {
            JsonObject detail = api.get("api/v1/cases/" + id, token, "en").json().asJsonObject();
            List<JsonObject> due = detail.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("status").equals("DUE")).toList();
            if (due.isEmpty()) {
                return;
            }
            for (JsonObject s : due) {
                String step = s.getString("id");
                Api.Answer a = step.equals("disciplinary")
                        ? api.post("api/v1/cases/" + id + "/steps/" + step + "/skip",
                        "{\"reason\":\"La méthode de la préoccupation partagée a suffi.\"}", token, "en")
                        : api.post("api/v1/cases/" + id + "/steps/" + step + "/complete", stepAnswers(s, "Fait."), token, "en");
                assertEquals(204, a.status(), step + ": " + a.body());
            }
        }
    }


    /** Fills every field of a step's form in the page with a plausible answer, then marks the step done. */
    private void fillAndComplete(String step) {
        String li = "li[data-step='" + step + "'] form.step-form ";
        for (WebElement select : browser.findElements(By.cssSelector(li + "select"))) {
            new Select(select).selectByIndex(1);
        }
        for (WebElement area : browser.findElements(By.cssSelector(li + "textarea"))) {
            area.sendKeys("Consigné pendant le test.");
        }
        for (WebElement input : browser.findElements(By.cssSelector(li + "input[type=text]"))) {
            input.sendKeys("Réponse");
        }
        for (WebElement input : browser.findElements(By.cssSelector(li + "input[type=date]"))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input,
                    LocalDate.now().toString());
        }
        for (WebElement input : browser.findElements(By.cssSelector(li + "input[type=number]"))) {
            input.sendKeys("1");
        }
        click(By.cssSelector(li + "button[id$=':complete']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
    }

    /** A GET with the browser's session cookie, as the browser would follow the link. */
    private HttpResponse<byte[]> fetch(String link) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("HAVENSESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(link)).header("Cookie", "HAVENSESSION=" + session)
                .timeout(Duration.ofSeconds(60)).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }




}
