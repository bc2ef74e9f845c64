package org.haven.web;

import jakarta.json.Json;
import org.haven.testing.Api;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff home's work queue (issue 23) in headless Chromium: a referent sees the demo collège's urgent reports not
 * acknowledged (oldest first), its steps due (soonest first, the late ones marked in words), unread reports and
 * decisions awaited, with counts that match the database; a teacher sees only their own work; the case dashboard's
 * "overdue only" filter holds in the address. Pages checked with axe-core at 1280 and 360 px, in French and English,
 * with screenshots in target/screenshots/.
 */
@OnSharedServer
class WorkQueueJourneyIT extends BrowserJourney {

    private static final String COLLEGE = "(SELECT id FROM school WHERE code = 'DEMO-COLLEGE')";

    @Test
    void theReferentSeesWhatNeedsThemNowAndOpensIt() throws IOException {
        long urgent = report(true, "Ils disent qu’ils vont m’attendre à la sortie (file de travail).");
        long fresh = report(false, "Des messages moqueurs circulent sur un groupe de classe (file de travail).");
        String lateCase = lateIncident();
        long queueReadsBefore = Db.number("SELECT COUNT(*) FROM audit_entry WHERE actor = 'referent.college'"
                + " AND detail LIKE 'work queue%'");

        signIn("referent.college");
        open("staff/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-steps")));

        long urgentCount = Db.number("SELECT COUNT(*) FROM report WHERE school_id = " + COLLEGE
                + " AND urgent = TRUE AND urgent_acknowledged_at IS NULL");
        assertEquals(String.valueOf(urgentCount), count("card-urgent"));
        List<String> oldestUrgent = Db.rows("SELECT id FROM report WHERE school_id = " + COLLEGE
                        + " AND urgent = TRUE AND urgent_acknowledged_at IS NULL ORDER BY created_at, id LIMIT 15")
                .stream().map(r -> "n° " + r.get("id")).toList();
        List<String> urgentLines = lines("queue-urgent");
        assertEquals(oldestUrgent.size(), urgentLines.size());
        for (int i = 0; i < oldestUrgent.size(); i++) {
            assertTrue(urgentLines.get(i).contains(oldestUrgent.get(i) + "\n")
                    || urgentLines.get(i).contains(oldestUrgent.get(i) + " "), urgentLines.get(i));
            assertTrue(urgentLines.get(i).startsWith("⚠ Urgent"), "urgent in words, not colour alone");
        }
        if (urgentCount <= 15) {
            assertTrue(String.join("|", urgentLines).contains("n° " + urgent), "the new urgent report is listed");
        }
        String unread = browser.findElement(By.id("queue-unread")).getText();
        assertTrue(unread.contains("n° " + fresh) && unread.contains("Nouveau signalement"), unread);
        assertEquals(String.valueOf(Db.number("SELECT COUNT(*) FROM report WHERE school_id = " + COLLEGE
                + " AND staff_unread = TRUE AND (urgent = FALSE OR urgent_acknowledged_at IS NOT NULL)")),
                count("card-unread"));

        // Steps: the collège's cases whose next step is due soonest, one line each, late ones marked in words.
        List<Map<String, Object>> due = Db.rows("SELECT c.number, MIN(s.due_at) < UTC_TIMESTAMP() AS late"
                + " FROM case_file c JOIN case_step s ON s.case_id = c.id AND s.status = 'DUE' AND s.due_at IS NOT NULL"
                + " WHERE c.school_id = " + COLLEGE + " AND c.attention < 3 AND c.next_due_at < '9999-01-01'"
                + " GROUP BY c.id, c.number, c.next_due_at ORDER BY c.next_due_at, c.id LIMIT 15");
        List<String> stepLines = lines("queue-steps");
        assertEquals(due.size(), stepLines.size(), String.join("\n", stepLines));
        long late = 0;
        for (Map<String, Object> row : due) {
            boolean isLate = ((Number) row.get("late")).intValue() == 1;
            late += isLate ? 1 : 0;
            String line = stepLines.stream().filter(l -> l.contains("Dossier " + row.get("number") + "\n")
                    || l.contains("Dossier " + row.get("number") + " ")).findFirst().orElseThrow(
                            () -> new AssertionError("case " + row.get("number") + " not in " + stepLines));
            assertEquals(isLate, line.contains("En retard") && line.contains("en retard de"), line);
        }
        assertEquals(String.valueOf(Db.number("SELECT COUNT(*) FROM case_file WHERE school_id = " + COLLEGE
                + " AND attention < 3 AND next_due_at < '9999-01-01'")), count("card-steps"));
        assertTrue(late > 0 && String.join("\n", stepLines).contains("Dossier " + lateCase), "the late step is listed");
        assertTrue(browser.findElement(By.id("card-steps")).getText().contains("en retard"));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE actor = 'referent.college'"
                + " AND detail LIKE 'work queue%'") >= queueReadsBefore + 3, "cases, reports, referrals audited");

        assertAccessible("staff home work queue at 1280 px");
        screenshot("staff-home-1280-fr");
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            assertAccessible("staff home work queue at 360 px");
            screenshot("staff-home-360-fr");
            click("lang:en");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            String steps = browser.findElement(By.id("queue-steps")).getText();
            assertTrue(steps.contains("Next step of each case, soonest first"), steps);
            assertFalse(steps.contains("Prendre en compte"), "step titles follow the language chosen: " + steps);
            screenshot("staff-home-360-en");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertAccessible("staff home work queue in English");
        screenshot("staff-home-1280-en");

        // A line opens its record, with its id in the address.
        if (!stepLines.isEmpty()) {
            click(By.cssSelector("#queue-steps .queue-record"));
            wait.until(ExpectedConditions.urlContains("staff/case.xhtml?id="));
        }
        open("staff/index.xhtml");
        click(By.xpath("//section[@id='queue-unread']//a[substring-after(@href, '?id=') = '" + fresh + "']"));
        wait.until(ExpectedConditions.urlContains("staff/report.xhtml?id=" + fresh));
    }

    @Test
    void notificationsNameTheirRecordAndUrgentOnesLookUrgent() throws IOException {
        long urgent = report(true, "On m’a dit qu’on publierait mon adresse ce soir (notification).");
        signIn("referent.college");
        open("account/notifications.xhtml");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[@data-kind='REPORT_URGENT'][.//a[substring-after(@href, '?id=') = '" + urgent + "']]")));
        String text = item.getText();
        assertTrue(text.contains("⚠ Urgent") && text.contains("Signalement n° " + urgent)
                && text.contains("Collège"), text);
        assertTrue(item.getAttribute("class").contains("urgent"));
        String menu = browser.findElement(By.cssSelector(".app-nav")).getText();
        assertTrue(menu.matches("(?s).*Notifications\\s+\\(\\d+ non lus?\\)\\s+⚠ dont (une urgente|\\d+ urgentes).*"), menu);
        assertAccessible("notifications");
        screenshot("notifications-1280-fr");
        click("lang:en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.findElement(By.xpath("//li[@data-kind='REPORT_URGENT'][.//a[substring-after(@href, '?id=') = '"
                + urgent + "']]")).getText().contains("Report no. " + urgent));
        assertAccessible("notifications in English");
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            screenshot("notifications-360-en");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theIncidentFormPutsCheckboxesBesideTheirLabelsAndSearchesPupilsWithoutReloading() throws IOException {
        signIn("teacher.college");
        open("staff/incident.xhtml");
        assertEquals("Collège Victor Hugo", wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("only-school"))).getText(), "the teacher's only school, said as text");
        assertTrue(browser.findElements(By.id("incident:school")).isEmpty());
        List<WebElement> boxes = browser.findElements(By.cssSelector("#incident input[type=checkbox]"));
        assertFalse(boxes.isEmpty());
        for (WebElement box : boxes) {
            WebElement label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            org.openqa.selenium.Rectangle b = box.getRect();
            org.openqa.selenium.Rectangle l = label.getRect();
            assertTrue(b.getX() + b.getWidth() <= l.getX() && Math.abs(b.getY() - l.getY()) < 12 && b.getWidth() < 40,
                    "checkbox beside its label: " + label.getText() + " box " + b.getX() + "," + b.getY() + " "
                            + b.getWidth() + "x" + b.getHeight() + ", label " + l.getX() + "," + l.getY());
        }
        // One error per field: an empty form says what is missing beside each field, not again in a list on top.
        click("incident:file");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#description-error .field-error-text")));
        List<String> fieldErrors = browser.findElements(By.cssSelector(".field-error-text")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        List<String> pageErrors = browser.findElements(By.cssSelector("#messages li")).stream()
                .map(WebElement::getText).toList();
        assertFalse(fieldErrors.isEmpty());
        assertTrue(pageErrors.stream().noneMatch(fieldErrors::contains), pageErrors + " repeats " + fieldErrors);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
        click("incident:searchRoster");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("incident:pickedPupil")));
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.stillTheSamePage === true;"), "searched without reloading the page");
        assertAccessible("incident form after a pupil search");
        screenshot("incident-1280-fr");
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            assertAccessible("incident form at 360 px");
            screenshot("incident-360-fr");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aTeacherSeesOnlyTheirOwnWork() {
        signIn("teacher.college");
        open("staff/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-steps")));
        assertTrue(browser.findElements(By.id("queue-urgent")).isEmpty(), "no inbox for a teacher");
        assertTrue(browser.findElements(By.id("queue-unread")).isEmpty());
        assertTrue(browser.findElements(By.id("card-urgent")).isEmpty());
        List<String> filed = Db.rows("SELECT c.number FROM case_file c JOIN account a ON a.id = c.filed_by"
                + " WHERE a.username = 'teacher.college'").stream().map(r -> (String) r.get("number")).toList();
        for (String line : lines("queue-steps")) {
            assertTrue(filed.stream().anyMatch(n -> line.contains("Dossier " + n)), "not the teacher's: " + line);
        }
        assertEquals(List.of(), lines("queue-decisions"), "decisions are the school team's, not a filer's");
        assertEquals("Aucune décision n’est attendue de vous.", browser.findElement(
                By.cssSelector("#queue-decisions .queue-empty")).getText());
        long mine = Db.number("SELECT COUNT(*) FROM case_step s JOIN case_file c ON c.id = s.case_id JOIN account a"
                + " ON a.id = c.filed_by WHERE a.username = 'teacher.college' AND s.status = 'DUE'"
                + " AND s.due_at IS NOT NULL AND c.status <> 'CLOSED'");
        assertTrue(Long.parseLong(count("card-steps")) <= mine, "only steps of the teacher's own incidents counted");
        assertEquals(String.valueOf(lines("queue-steps").size()), count("card-steps"),
                "the count is what the list holds (a teacher has few)");
        assertAccessible("teacher's home");
    }

    @Test
    void theDashboardShowsOverdueCasesOnlyAndTheAddressKeepsIt() throws IOException {
        String lateCase = lateIncident();
        signIn("referent.college");
        open("staff/cases.xhtml?overdue=true");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overdue-only")));
        assertEquals("page", browser.findElement(By.id("overdue-only")).getAttribute("aria-current"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#cases tbody tr"));
        for (WebElement row : rows) {
            assertTrue(row.getAttribute("class").contains("row-overdue"), row.getText());
        }
        long lateCases = Db.number("SELECT COUNT(*) FROM case_file WHERE school_id = " + COLLEGE
                + " AND status <> 'CLOSED' AND next_due_at < UTC_TIMESTAMP()");
        assertEquals(Math.min(lateCases, 25), rows.size());
        if (lateCases <= 25) {
            assertTrue(browser.findElement(By.id("cases")).getText().contains(lateCase));
        }
        assertAccessible("overdue cases");
        screenshot("cases-overdue-1280-fr");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("overdue-only"), "aria-current", "page"));
        click("all-cases");
        wait.until(ExpectedConditions.urlContains("overdue=false"));
        assertEquals("page", browser.findElement(By.id("all-cases")).getAttribute("aria-current"));
    }

    /**
     * A new incident of the collège (filed by its teacher over the API) whose first due step is made two days late in
     * the database. Its overdue ladder's next rung is left where it was (in the future), so that the minute sweep
     * does not start escalating it under other classes' feet.
     */
    private String lateIncident() {
        String teacher = api.token("teacher.college", PASSWORD);
        String body = Json.createObjectBuilder().add("schoolCode", "DEMO-COLLEGE").add("category", "INSULTS")
                .add("description", "Des insultes répétées dans le couloir (file de travail, étape en retard).")
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString())
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Élève de la file de travail").add("part", "TARGET"))).build().toString();
        Api.Answer filed = api.post("api/v1/cases", body, teacher, "fr");
        assertEquals(201, filed.status(), filed.body());
        long id = Db.number("SELECT MAX(id) FROM case_file WHERE description LIKE '%(file de travail, étape en retard)%'");
        Db.update("UPDATE case_step SET due_at = UTC_TIMESTAMP() - INTERVAL 2 DAY WHERE case_id = ? AND status = 'DUE'",
                id);
        Db.update("UPDATE case_file SET next_due_at = UTC_TIMESTAMP() - INTERVAL 2 DAY WHERE id = ?", id);
        return (String) Db.single("SELECT number FROM case_file WHERE id = ?", id);
    }

    private String count(String cardId) {
        return browser.findElement(By.cssSelector("#" + cardId + " .queue-count")).getText();
    }

    private List<String> lines(String sectionId) {
        return browser.findElements(By.cssSelector("#" + sectionId + " .queue-line")).stream()
                .map(WebElement::getText).toList();
    }

    private long report(boolean urgent, String description) {
        String body = Json.createObjectBuilder().add("schoolCode", "DEMO-COLLEGE").add("category", "THREATS")
                .add("description", description)
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("witness", false).add("anonymous", true)
                .add("risk", Json.createObjectBuilder().add("immediateDanger", false).add("selfHarm", false)
                        .add("threats", urgent).add("locationShared", false).add("blackmail", false)
                        .add("intimateImages", false)).build().toString();
        Api.Answer created = api.post("api/v1/reports", body, null, "fr");
        assertEquals(201, created.status(), created.body());
        return Db.number("SELECT id FROM report WHERE content_fingerprint = ?",
                created.json().asJsonObject().getString("fingerprint"));
    }

    /** The whole page, not only the window: the window grows to the page's height for the picture. */
    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 8000)));
        try {
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
