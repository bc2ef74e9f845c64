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

        // Steps: the case numbers of the soonest due steps of the collège, late ones marked in words.
        List<Map<String, Object>> due = Db.rows("SELECT c.number, s.due_at < UTC_TIMESTAMP() AS late FROM case_step s"
                + " JOIN case_file c ON c.id = s.case_id WHERE c.school_id = " + COLLEGE + " AND s.status = 'DUE'"
                + " AND s.due_at IS NOT NULL AND c.status <> 'CLOSED' ORDER BY s.due_at, s.id LIMIT 15");
        List<String> stepLines = lines("queue-steps");
        assertEquals(due.size(), stepLines.size(), String.join("\n", stepLines));
        long late = 0;
        for (int i = 0; i < due.size(); i++) {
            boolean isLate = ((Number) due.get(i).get("late")).intValue() == 1;
            late += isLate ? 1 : 0;
            assertTrue(stepLines.get(i).contains("Dossier " + due.get(i).get("number")), stepLines.get(i));
            assertEquals(isLate, stepLines.get(i).contains("En retard") && stepLines.get(i).contains("en retard de"),
                    stepLines.get(i));
        }
        assertEquals(late, browser.findElements(By.cssSelector("#queue-steps .queue-line-late")).size());
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
            assertTrue(browser.findElement(By.id("queue-steps")).getText().contains("Steps to do, soonest first"));
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
        click(By.xpath("//section[@id='queue-unread']//a[contains(., 'n° " + fresh + "')]"));
        wait.until(ExpectedConditions.urlContains("staff/report.xhtml?id=" + fresh));
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
        assertFalse(browser.findElement(By.id("queue-decisions")).getText().isBlank());
        assertAccessible("teacher's home");
    }

    @Test
    void theDashboardShowsOverdueCasesOnlyAndTheAddressKeepsIt() throws IOException {
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
        if (lateCases == 0) {
            assertTrue(browser.findElement(By.id("no-cases")).getText().contains("en retard"));
        }
        assertAccessible("overdue cases");
        screenshot("cases-overdue-1280-fr");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("overdue-only"), "aria-current", "page"));
        click("all-cases");
        wait.until(ExpectedConditions.urlContains("overdue=false"));
        assertEquals("page", browser.findElement(By.id("all-cases")).getAttribute("aria-current"));
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

    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
