package org.haven.web;

import jakarta.json.JsonObject;
import org.haven.testing.Api;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration that tells the truth (issue 23): the pupils a roster brought into a school, for its heads and
 * referents only, page and API; the school holidays of the district's zone on the calendar page. Each page is
 * checked with axe-core and photographed at 1280 and 360 px (target/screenshots).
 */
@OnSharedServer
class AdministrationJourneyIT extends BrowserJourney {

    @Test
    void aHeadListsAndSearchesThePupilsOfTheirSchoolAndNoOther() throws IOException {
        long auditedBefore = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'PUPILS_LISTED'");
        signIn("head.college");
        open("staff/pupils.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pupil-list")));
        String list = browser.findElement(By.id("pupil-list")).getText();
        assertTrue(list.contains("Martin Léa") && list.contains("Nguyen Chloé") && list.contains("4e B"), list);
        assertFalse(list.contains("Bernard"), "a pupil of the lycée is not on the collège's list: " + list);
        assertTrue(browser.findElement(By.cssSelector("nav.app-nav")).getText().contains("Élèves"), "the staff menu leads to it");
        assertAccessible("pupil list");
        screenshots("pupils");

        waits.type(By.id("search:q"), "nguy");
        click("search:find");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pupil-list"), "Nguyen Chloé"));
        assertFalse(browser.findElement(By.id("pupil-list")).getText().contains("Martin Léa"));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'PUPILS_LISTED'") >= auditedBefore + 2,
                "each read of the list is audited");

        signIn("teacher.college");
        open("staff/pupils.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-school")));
        assertTrue(browser.findElements(By.id("pupil-list")).isEmpty());
    }

    @Test
    void theApiPagesByKeysetAndAnswersNotFoundForAnotherSchool() {
        Api.Answer denied = api.get("api/v1/pupils/DEMO-LYCEE", api.token("referent.college", PASSWORD), "fr");
        assertEquals(404, denied.status(), denied.body());
        assertEquals(403, api.get("api/v1/pupils/DEMO-COLLEGE", api.token("teacher.college", PASSWORD), "en")
                .status());
        String head = api.token("head.college", PASSWORD);
        List<String> names = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 50; page++) {
            JsonObject json = api.get("api/v1/pupils/demo-college?size=2" + (after == null ? "" : "&after=" + after),
                    head, "en").json().asJsonObject();
            assertEquals("DEMO-COLLEGE", json.getString("school"));
            json.getJsonArray("rows").getValuesAs(JsonObject.class)
                    .forEach(r -> names.add(r.getString("lastName") + " " + r.getString("firstName")));
            after = !json.containsKey("next") || json.isNull("next") ? null : json.getString("next");
            if (after == null) {
                break;
            }
        }
        assertNull(after, "the pages end");
        assertEquals(names.stream().distinct().count(), names.size(), "no pupil on two pages: " + names);
        assertTrue(names.containsAll(List.of("Martin Léa", "Petit Hugo", "Nguyen Chloé")), names.toString());
        Api.Answer search = api.get("api/v1/pupils/DEMO-COLLEGE?q=PETIT", head, "en");
        assertEquals(List.of("Hugo"), search.json().asJsonObject().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("firstName")).toList());
        Api.Answer badCursor = api.get("api/v1/pupils/DEMO-COLLEGE?after=nonsense", head, "fr");
        assertEquals(400, badCursor.status());
        assertTrue(badCursor.body().contains("recommencez la recherche"), badCursor.body());
    }

    @Test
    void theRosterApiReportsEveryBadLineByLineAndColumnInTheRequestsLanguage() {
        String admin = api.token("admin", PASSWORD);
        String p = "api" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String csv = "kind,ref,first_name,last_name,school,class,birth_date\n"
                + "student," + p + "-1,Ana,Roy,NOPE,6e C,\n"
                + "student," + p + "-2,Ben,Roy,DEMO-COLLEGE,6e C,2999-01-01\n";
        String body = jakarta.json.Json.createObjectBuilder().add("fileName", "api.csv").add("content", csv).build()
                .toString();
        Api.Answer refused = api.post("api/v1/admin/roster", body, admin, "fr");
        assertEquals(400, refused.status(), refused.body());
        List<String> violations = refused.json().asJsonObject().getJsonArray("violations")
                .getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + " = " + v.getString("message")).toList();
        assertEquals("lines[2].school = Ligne 2 : Aucun établissement n’a le code NOPE.", violations.get(0));
        assertTrue(violations.get(1).startsWith("lines[3].birth_date = Ligne 3 : La date de naissance"),
                violations.toString());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM person WHERE external_ref LIKE ?", p + "-%"),
                "nothing half-imported");
        assertEquals(403, api.post("api/v1/admin/roster", body, api.token("head.college", PASSWORD), "fr").status());

        Api.Answer taken = api.post("api/v1/admin/roster", body.replace("NOPE", "DEMO-COLLEGE")
                .replace("2999-01-01", "2014-01-01"), admin, "en");
        assertEquals(200, taken.status(), taken.body());
        assertEquals(2, taken.json().asJsonObject().getInt("students"));
    }

    @Test
    void theAdminPicksTheHolidayZoneAndReadsItsHolidays() throws IOException {
        Object before = Db.single("SELECT holiday_zone FROM district");
        signIn("admin");
        open("admin/calendar.xhtml");
        try {
            new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("holidays:holidayZone"))))
                    .selectByValue("C");
            click("holidays:saveHolidayZone");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holiday-list")));
            String table = browser.findElement(By.id("holiday-list")).getText();
            assertTrue(table.contains("Vacances de Noël"), table);
            assertTrue(table.contains("Vacances d’hiver"), table);
            assertTrue(table.contains("provisoires"), "2027-2028 dates are marked provisional: " + table);
            assertNotEquals(-1, table.indexOf("2026-2027"));
            assertEquals("C", Db.single("SELECT holiday_zone FROM district"));
            assertAccessible("school calendar with its holidays");
            screenshots("calendar");
        } finally {
            Db.update("UPDATE district SET holiday_zone = ?", before);
        }
    }

    @Test
    void theAdminReadsAProtocolInPlainWordsBeforeAdoptingIt() throws IOException {
        signIn("admin");
        open("admin/protocols.xhtml");
        click(By.cssSelector("tr[data-protocol='fr-secondary'] a[id$='read']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reading-title")));
        String step = browser.findElement(By.cssSelector("li[data-step='acknowledge']")).getText();
        assertTrue(step.contains("Prendre en compte le signalement"), step);
        assertTrue(step.contains("Référent") || step.contains("référent"), step);
        assertTrue(step.contains("sous 1 jour de classe"), step);
        String rule = browser.findElement(By.cssSelector("li[data-rule='danger-to-life']")).getText();
        assertTrue(rule.contains("Danger pour la vie ou la sécurité de l’élève — dans l’heure :"), rule);
        assertFalse(rule.contains("head_of_school") || rule.contains("require_decision"), rule);
        assertAccessible("protocol reading");
        screenshots("protocol-reading");

        click("lang:en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        String english = browser.findElement(By.cssSelector("li[data-step='acknowledge']")).getText();
        assertTrue(english.contains("Take the report in hand") && english.contains("within 1 school day"), english);
        open("admin/protocol.xhtml?id=fr-secondary&version=999");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
    }

    @Test
    void aBadProtocolFileIsExplainedInTheLanguageOfThePage(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: demo\nversion: zero\ntitle: Demo\n"
                + "languages: [fr]\napplies_to: [college]\nsteps:\n  - id: start\n    title: Début\n"
                + "    guidance: Lire\n    owner: referant\n    due: 1 school day\n", StandardCharsets.UTF_8);
        signIn("admin");
        open("admin/protocols.xhtml");
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        click("upload:check");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        String french = browser.findElement(By.id("problems")).getText();
        assertTrue(french.contains("bad.yaml, ligne 2 : la version du protocole doit être un nombre entier positif"),
                french);
        assertTrue(french.contains("l’étape « start » a pour responsable « referant », qui n’est pas un rôle"),
                french);
        assertFalse(french.contains("must be"), french);
        assertAccessible("protocol upload problems");
        screenshots("protocol-upload-problems");

        click("lang:en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        open("admin/protocols.xhtml");
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        click("upload:check");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        String english = browser.findElement(By.id("problems")).getText();
        assertTrue(english.contains("bad.yaml, line 2: the protocol version must be a positive whole number"),
                english);
    }

    @Test
    void theAdminReadsTheAuditLogFilteredWithItsSealsAndTheReadingIsAudited() throws IOException {
        signIn("admin");
        long readsBefore = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'AUDIT_LOG_READ'");
        open("admin/audit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entries")));
        String table = browser.findElement(By.id("entries")).getText();
        assertTrue(table.contains("Connexion"), "the admin's own sign-in is there, in words: " + table);
        assertFalse(table.contains("LOGIN_SUCCEEDED"), table);
        assertTrue(table.contains("scellée (position") || table.contains("en attente de scellement"), table);

        new Select(browser.findElement(By.id("filters:action"))).selectByValue("LOGIN_SUCCEEDED");
        click("filters:search");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entries")));
        List<String> kinds = browser.findElements(By.cssSelector("#entries tbody tr")).stream()
                .map(r -> r.getAttribute("data-action")).distinct().toList();
        assertEquals(List.of("LOGIN_SUCCEEDED"), kinds);

        click("chain:verify");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
        assertTrue(browser.findElement(By.id("verification")).getText().startsWith("La chaîne est intacte"),
                browser.findElement(By.id("verification")).getText());
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'AUDIT_LOG_READ'") >= readsBefore + 2,
                "every reading of the log is in the log");
        assertAccessible("audit log");
        screenshots("audit-log");

        signIn("lead");
        open("admin/audit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        assertTrue(browser.findElements(By.id("entries")).isEmpty(), "the district lead does not read the log");
    }

    /** The page at 1280 and at 360 px wide, whole height, for people to look at (target/screenshots). */
    private void screenshots(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[]{1280, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 6000)));
            Files.write(dir.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
