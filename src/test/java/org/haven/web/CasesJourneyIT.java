package org.haven.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.haven.testing.Api;
import org.haven.testing.Axe;
import org.haven.testing.Browser;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases in headless Chromium and over REST: a teacher files an incident, the referent works the case through
 * several steps and sees its timeline, the head closes it; the case API's scope, filters and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class CasesJourneyIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.haven();
    }

    @ArquillianResource
    URL url;

    private URI base;
    private Api api;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("fr");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        api = new Api(base);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
    }

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
        browser.findElement(By.cssSelector("#cases tbody tr a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertAccessible("case page");
        for (String step : List.of("acknowledge", "inform-head", "interview-target")) {
            fillAndComplete(step);
            wait.until(ExpectedConditions.attributeContains(By.cssSelector("li[data-step='" + step + "']"), "class",
                    "step-DONE"));
        }
        List<String> kinds = browser.findElements(By.cssSelector("#timeline li")).stream()
                .map(li -> li.getAttribute("data-kind")).toList();
        assertTrue(kinds.containsAll(List.of("INCIDENT_FILED", "STEP_COMPLETED", "INTERVIEW_RECORDED")), kinds.toString());

        // Timeline filtered by kind.
        browser.findElements(By.cssSelector("#timelineFilter input[type=checkbox]")).stream()
                .filter(c -> "INTERVIEW_RECORDED".equals(c.getAttribute("value"))).findFirst().orElseThrow().click();
        click("timelineFilter:filter");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline li"), 1));

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

        JsonObject detail = api.get("api/v1/cases/" + id, referent, "en").json().asJsonObject();
        assertEquals("fr-secondary", detail.getString("protocolId"));
        JsonArray timeline = api.get("api/v1/cases/" + id + "/timeline?kind=ESCALATION", referent, "en").json()
                .asJsonArray();
        assertFalse(timeline.isEmpty(), "the threats rule fired");
        assertTrue(timeline.getValuesAs(JsonObject.class).stream().allMatch(e -> e.getString("kind")
                .equals("ESCALATION")));
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
                        : api.post("api/v1/cases/" + id + "/steps/" + step + "/complete", answers(s), token, "en");
                assertEquals(204, a.status(), step + ": " + a.body());
            }
        }
    }

    private static String answers(JsonObject step) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (JsonObject f : step.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            String value = switch (f.getString("type")) {
                case "BOOLEAN" -> "false";
                case "DATE" -> LocalDate.now().toString();
                case "NUMBER" -> f.get("min") == null || f.get("min").getValueType() == JsonValue.ValueType.NULL
                        ? "1" : f.getJsonNumber("min").toString();
                case "CHOICE" -> f.getJsonArray("options").getJsonObject(0).getString("id");
                default -> "Réponse pour " + f.getString("id");
            };
            values.add(f.getString("id"), value);
        }
        return Json.createObjectBuilder().add("values", values).add("note", "Fait.").build().toString();
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
        browser.findElement(By.cssSelector(li + "button[id$=':complete']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("login.xhtml").toString());
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    private void open(String path) {
        browser.get(base.resolve(path).toString());
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void assertAccessible(String what) {
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core, serious or critical, on the " + what);
    }
}
