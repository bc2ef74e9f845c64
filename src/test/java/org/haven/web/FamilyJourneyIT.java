package org.haven.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.haven.testing.Api;
import org.haven.testing.Browser;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parent portal in headless Chromium and over REST: a parent sees an update about their child, acknowledges it
 * and writes to the school; the referent reads and answers it; a parent reaches nothing of another family, of
 * staff notes or of the staff pages and API.
 */
@OnSharedServer
class FamilyJourneyIT extends BrowserJourney {

    private static final String NOTE = "Note interne du référent : ne pas communiquer.";







    @Test
    void aParentSeesAnUpdateAcknowledgesItAndWritesToTheReferentWhoSeesIt() {
        long caseId = caseWithAParentUpdate("DEMO-COLLEGE", "student.college");

        signIn("parent.college");
        open("parent/index.xhtml");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#family-cases li[data-case='" + caseId + "']")));
        assertTrue(row.findElements(By.cssSelector(".nav-count")).size() == 1, "an update to read");
        assertAccessible("parent home");
        click(By.cssSelector("#family-cases li[data-case='" + caseId + "'] a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertAccessible("parent case page");
        String page = browser.findElement(By.id("main")).getText();
        assertFalse(page.contains(NOTE), "no staff note");
        assertFalse(page.contains("Insultes"), "no facts");
        assertFalse(page.contains("kevin"), "no other pupil");

        String eventId = waits.attribute(By.cssSelector("#timeline li[data-kind='PROTECTION']"), "data-event");
        click(By.cssSelector("#timeline li[data-event='" + eventId + "'] button[id$=':ack']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline li[data-event='" + eventId + "'] .ack-done")));
        assertEquals(1L, Db.number("SELECT COUNT(*) FROM family_acknowledgement WHERE case_event_id = ?",
                Long.parseLong(eventId)));

        browser.findElement(By.id("write:body")).sendKeys("Pouvons-nous vous rencontrer jeudi à 17 h ?");
        click(By.cssSelector("#write input[value='MEETING_REQUEST']"));
        click("write:send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages-list"), "jeudi à 17 h"));
        assertAccessible("parent case page after writing");
        assertEquals(List.of(), consoleErrors());

        // The referent is told, reads the thread and the acknowledgement on the case page, and answers.
        signIn("referent.college");
        open("account/notifications.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#notifications li[data-kind='FAMILY_MEETING_REQUEST']")));
        assertAccessible("notification centre");
        open("staff/case.xhtml?id=" + caseId + "&section=family");
        WebElement family = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("family")));
        assertTrue(family.getText().contains("jeudi à 17 h"), family.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#acks li[data-event='" + eventId + "']")).size());
        assertAccessible("staff case page with the parents' part");
        browser.findElement(By.cssSelector("#family .thread textarea")).sendKeys("Jeudi 17 h, c’est noté.");
        click(By.cssSelector("#family .thread button[id$=':send']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("family"), "c’est noté"));
        assertEquals(List.of(), consoleErrors());

        signIn("parent.college");
        open("parent/case.xhtml?id=" + caseId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages-list"), "c’est noté"));
    }

    @Test
    void aParentReachesNothingOfAnotherFamilyNorStaffNotesNorStaffPages() {
        long mine = caseWithAParentUpdate("DEMO-COLLEGE", "student.college");
        long theirs = caseWithAParentUpdate("DEMO-COLLEGE", "student2.college");
        String parent = api.token("parent.college", PASSWORD);

        JsonArray cases = api.get("api/v1/family/cases", parent, "en").json().asJsonArray();
        List<Long> ids = cases.getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("caseId").longValue())
                .toList();
        assertTrue(ids.contains(mine));
        assertFalse(ids.contains(theirs));
        Api.Answer detail = api.get("api/v1/family/cases/" + mine, parent, "en");
        assertEquals(200, detail.status(), detail.body());
        assertFalse(detail.body().contains(NOTE) || detail.body().contains("Insultes")
                || detail.body().contains("kevin"), detail.body());
        JsonArray timeline = detail.json().asJsonObject().getJsonArray("timeline");
        assertFalse(timeline.isEmpty());
        for (JsonObject e : timeline.getValuesAs(JsonObject.class)) {
            assertEquals(1L, Db.number("SELECT COUNT(*) FROM case_event WHERE id = ? AND parent_visible = TRUE",
                    e.getJsonNumber("eventId").longValue()), "only parent-visible entries");
        }
        long staffOnly = Db.number("SELECT MIN(id) FROM case_event WHERE case_id = ? AND parent_visible = FALSE", mine);
        assertEquals(404, api.post("api/v1/family/cases/" + mine + "/acknowledgements", "{\"eventId\":" + staffOnly
                + "}", parent, "en").status());

        for (String path : List.of("api/v1/family/cases/" + theirs, "api/v1/family/cases/" + theirs + "/messages",
                "api/v1/family/cases/999999999")) {
            Api.Answer hidden = api.get(path, parent, "en");
            assertEquals(404, hidden.status(), path);
            assertFalse(hidden.body().contains("Insultes") || hidden.body().contains("kevin"));
        }
        assertEquals(404, api.post("api/v1/family/cases/" + theirs + "/messages", "{\"body\":\"Bonjour\"}", parent,
                "fr").status());
        assertEquals(403, api.get("api/v1/cases/" + mine, parent, "en").status(), "the staff API is not theirs");
        assertEquals(403, api.get("api/v1/cases/" + mine + "/timeline", parent, "en").status());
        assertEquals(403, api.get("api/v1/family/cases", api.token("referent.college", PASSWORD), "en").status());

        JsonObject inbox = api.get("api/v1/notifications", parent, "en").json().asJsonObject();
        assertTrue(inbox.getJsonNumber("unread").longValue() >= 0);
        long othersNotification = Db.number("SELECT MAX(id) FROM notification WHERE account_id = (SELECT id FROM"
                + " account WHERE username = 'referent.college')");
        assertEquals(404, api.post("api/v1/notifications/" + othersNotification + "/read", "{}", parent, "en")
                .status(), "another account's notification");

        signIn("parent.college");
        open("parent/case.xhtml?id=" + theirs);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-text")));
        assertFalse(browser.getPageSource().contains("kevin"));
        assertAccessible("parent not-found page");
        open("staff/case.xhtml?id=" + mine);
        assertFalse(browser.getPageSource().contains(NOTE), "the staff page is refused");
        assertFalse(browser.getPageSource().contains("Insultes"));
    }

    // --- helpers ---

    /** A case where the pupil is targeted, worked by the referent until a parent-visible step is done. */
    private long caseWithAParentUpdate(String school, String pupilUsername) {
        String key = school.substring(5).toLowerCase();
        long pupil = Db.number("SELECT person_id FROM account WHERE username = ?", pupilUsername);
        String teacher = api.token("teacher." + key, PASSWORD);
        Api.Answer filed = api.post("api/v1/cases", "{\"schoolCode\":\"" + school + "\",\"category\":\"INSULTS\","
                + "\"description\":\"Insultes répétées dans le couloir et sur WhatsApp.\",\"occurredOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"platforms\":[],\"risk\":[],\"parties\":[{\"personId\":" + pupil
                + ",\"part\":\"TARGET\"},{\"name\":\"« kevin_du_93 »\",\"part\":\"ALLEGED_AUTHOR\"}]}", teacher, "fr");
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().asJsonObject().getJsonNumber("id").longValue();
        // The school's referent holds the training the protocol requires of whoever does its steps.
        String referent = api.token("referent." + key, PASSWORD);
        for (int round = 0; round < 20; round++) {
            JsonObject detail = api.get("api/v1/cases/" + id, referent, "en").json().asJsonObject();
            List<JsonObject> steps = detail.getJsonArray("steps").getValuesAs(JsonObject.class);
            if (steps.stream().anyMatch(s -> s.getBoolean("parentVisible") && s.getString("status").equals("DONE"))) {
                return id;
            }
            for (JsonObject s : steps.stream().filter(s -> s.getString("status").equals("DUE")).toList()) {
                Api.Answer a = api.post("api/v1/cases/" + id + "/steps/" + s.getString("id") + "/complete",
                        stepAnswers(s, NOTE), referent, "en");
                assertEquals(204, a.status(), s.getString("id") + ": " + a.body());
            }
        }
        throw new AssertionError("no parent-visible step was done");
    }


    /** JavaScript errors and CSP violations since the last call (the server root's favicon is not ours). */
    private static List<String> consoleErrors() {
        return Browser.severeConsoleMessages(browser).stream().filter(m -> !m.contains("favicon.ico")).toList();
    }
}
