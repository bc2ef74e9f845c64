package org.haven.web;

import jakarta.json.JsonObject;
import org.haven.testing.Api;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Safeguarding in headless Chromium and over REST: the referent records a risk assessment with a self-harm risk,
 * the head records the urgent decision, a child-protection referral is refused without consent, sent on a stated
 * legal ground and acknowledged; the safeguarding API keeps to the caller's scope and the referral lifecycle.
 */
@OnSharedServer
class SafeguardingJourneyIT extends BrowserJourney {








    @Test
    void selfHarmIsAssessedTheHeadDecidesAndAChildProtectionReferralIsSentAndAcknowledged() {
        long id = fileIncident();

        // The referent assesses the risk: self-harm.
        signIn("referent.college");
        open("staff/case.xhtml?id=" + id + "&section=safety");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("safeguarding")));
        assertAccessible("case page with its safeguarding section");
        click("riskForm:selfHarm");
        waits.select(By.id("riskForm:duration"), "WEEKS");
        waits.select(By.id("riskForm:frequency"), "DAILY");
        browser.findElement(By.id("riskForm:note")).sendKeys("Elle a dit qu’elle voulait « disparaître ».");
        click("riskForm:assess");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#risk-reasons li[data-reason='self_harm']")));
        assertEquals("IMMEDIATE", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        assertTrue(browser.findElement(By.id("urgent-decision")).isDisplayed(), "the urgent decision is asked for");
        assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE record_type = 'case' AND record_id = ? AND"
                + " account_id = (SELECT id FROM account WHERE username = 'lead')", Long.toString(id)) > 0,
                "the district lead is told at once");

        // The head records who was called, when, and the result.
        // The case opens on its steps; its summary says a decision is awaited and leads to where it is recorded.
        signIn("head.college");
        open("staff/case.xhtml?id=" + id);
        WebElement awaited = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-decision")));
        assertTrue(browser.findElements(By.id("safeguarding")).isEmpty(), "only the section asked for is shown");
        awaited.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urgent-decision")));
        assertTrue(browser.getCurrentUrl().contains("section=safety"), browser.getCurrentUrl());
        assertAccessible("case page with an urgent decision awaited");
        click("urgentForm:record");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#called-error .field-error-text")));
        assertTrue(browser.findElements(By.id("urgent-decisions")).isEmpty(), "nothing recorded without answers");
        click(By.cssSelector("input[name='urgentForm:called'][value='PARENTS']"));
        click(By.cssSelector("input[name='urgentForm:called'][value='HEALTH']"));
        browser.findElement(By.id("urgentForm:result")).sendKeys("Mère jointe à 10 h 05, venue la chercher ;"
                + " infirmière présente ; rendez-vous au CMP demain.");
        click("urgentForm:record");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urgent-decisions")));
        assertTrue(browser.findElements(By.id("urgent-decision")).isEmpty(), "no decision awaited any more");

        // The head prepares a child-protection referral for the pupil, to the department's unit.
        waits.select(By.id("referralForm:kind"), "CHILD_PROTECTION");
        Select body = new Select(browser.findElement(By.id("referralForm:body")));
        body.getOptions().stream().filter(o -> o.getText().contains("CRIP")).findFirst().orElseThrow().click();
        click("referralForm:draft");
        wait.until(ExpectedConditions.urlContains("staff/referral.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral-status")));
        assertEquals("DRAFT", waits.attribute(By.id("referral-status"), "data-status"));
        assertAccessible("referral page, draft");

        // Sending without the pupil's consent is refused; the override with its legal ground lets it go.
        browser.findElement(By.id("edit:reason")).sendKeys("Idées suicidaires exprimées, harcèlement quotidien.");
        browser.findElement(By.id("edit:shared")).sendKeys("Identité de l’élève, faits, décision urgente prise.");
        click("edit:send");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("override-section")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("accord"),
                browser.findElement(By.id("messages")).getText());
        assertEquals("DRAFT", waits.attribute(By.id("referral-status"), "data-status"));
        browser.findElement(By.id("override:legalGround")).sendKeys("Enfant en danger : article L.226-2-1 du"
                + " code de l’action sociale et des familles.");
        click("override:record");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("override-section")));
        click("edit:send");
        wait.until(ExpectedConditions.attributeToBe(By.id("referral-status"), "data-status", "SENT"));
        assertEquals(1, browser.findElements(By.cssSelector("#referral-documents li")).size());
        assertAccessible("referral page, sent");

        // The unit acknowledges it, with its file number.
        browser.findElement(By.id("move:externalRef")).sendKeys("IP-2026-0042");
        click(By.cssSelector("#move [data-to='ACKNOWLEDGED']"));
        wait.until(ExpectedConditions.attributeToBe(By.id("referral-status"), "data-status", "ACKNOWLEDGED"));
        List<String> steps = browser.findElements(By.cssSelector("#transitions li")).stream()
                .map(li -> li.getAttribute("data-to")).toList();
        assertEquals(List.of("DRAFT", "SENT", "ACKNOWLEDGED"), steps);

        long referral = Db.number("SELECT MAX(id) FROM referral WHERE case_id = ?", id);
        assertEquals("ACKNOWLEDGED", Db.single("SELECT status FROM referral WHERE id = ?", referral));
        assertEquals("IP-2026-0042", Db.single("SELECT external_ref FROM referral WHERE id = ?", referral));
        assertEquals("OVERRIDE", Db.single("SELECT d.basis FROM disclosure d JOIN referral r ON r.disclosure_id = d.id"
                + " WHERE r.id = ?", referral));
        assertTrue(Db.number("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind IN ('RISK_ASSESSED',"
                + " 'DECISION_RECORDED', 'REFERRAL', 'CONSENT_OVERRIDDEN', 'DISCLOSURE')", id) >= 7);
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'case' AND record_id = ? AND"
                + " action IN ('RISK_ASSESSED', 'URGENT_DECISION_RECORDED', 'REFERRAL_DRAFTED', 'REFERRAL_SENT',"
                + " 'REFERRAL_ACKNOWLEDGED', 'CONSENT_OVERRIDDEN')", Long.toString(id)) >= 6);

        // Back on the case page, the referral is listed with its status.
        click("back");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals")));
        assertEquals("ACKNOWLEDGED", waits.attribute(By.cssSelector("#referrals tr[data-referral='" + referral + "']"),
                "data-status"));
    }

    @Test
    void theSafeguardingApiKeepsToTheCallersScopeAndTheReferralLifecycle() {
        long id = fileIncident();
        String referent = api.token("referent.college", PASSWORD);
        Api.Answer assessed = api.post("api/v1/cases/" + id + "/safeguarding/risk-assessments",
                "{\"threats\":true,\"duration\":\"MONTHS\",\"frequency\":\"SOMETIMES\"}", referent, "en");
        assertEquals(201, assessed.status(), assessed.body());
        assertEquals("HIGH", assessed.json().asJsonObject().getString("level"));
        Api.Answer bad = api.post("api/v1/cases/" + id + "/safeguarding/risk-assessments",
                "{\"threats\":true,\"duration\":\"YEARS\",\"frequency\":\"DAILY\"}", referent, "en");
        assertEquals(400, bad.status());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
        Api.Answer maybe = api.post("api/v1/cases/" + id + "/safeguarding/risk-assessments",
                "{\"immediateDanger\":\"maybe\",\"duration\":\"DAYS\",\"frequency\":\"ONCE\"}", referent, "en");
        assertEquals(400, maybe.status(), "a danger answer is never silently read as no: " + maybe.body());

        long target = Db.number("SELECT id FROM case_party WHERE case_id = ? AND part = 'TARGET'", id);
        Api.Answer drafted = api.post("api/v1/cases/" + id + "/referrals", "{\"kind\":\"POLICE\",\"partyId\":"
                + target + ",\"recipient\":\"Commissariat central\",\"reason\":\"Menaces de mort.\","
                + "\"shared\":\"Faits et identité.\"}", referent, "en");
        assertEquals(201, drafted.status(), drafted.body());
        long referral = drafted.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Answer refused = api.post("api/v1/cases/" + id + "/referrals/" + referral + "/send", "", referent, "en");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("consent", refused.json().asJsonObject().getJsonArray("violations").getJsonObject(0)
                .getString("field"));

        String outsider = api.token("referent.lycee", PASSWORD);
        for (String path : List.of("api/v1/cases/" + id + "/safeguarding", "api/v1/cases/" + id + "/referrals",
                "api/v1/cases/" + id + "/referrals/" + referral)) {
            Api.Answer hidden = api.get(path, outsider, "en");
            assertEquals(404, hidden.status(), path);
            assertFalse(hidden.body().contains("Menaces"), "nothing of the case leaks");
        }
        assertEquals(404, api.post("api/v1/cases/" + id + "/referrals/" + referral + "/transitions",
                "{\"to\":\"REVOKED\",\"note\":\"x\"}", outsider, "en").status());
        assertEquals(403, api.get("api/v1/cases/" + id + "/safeguarding", api.token("teacher.college", PASSWORD),
                "en").status());

        Api.Answer illegal = api.post("api/v1/cases/" + id + "/referrals/" + referral + "/transitions",
                "{\"to\":\"DONE\"}", referent, "en");
        assertEquals(409, illegal.status(), "a draft cannot be done");
        Api.Answer revoked = api.post("api/v1/cases/" + id + "/referrals/" + referral + "/transitions",
                "{\"to\":\"REVOKED\",\"note\":\"Plainte déposée par la famille elle-même.\"}", referent, "en");
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().asJsonObject().getString("status"));

        JsonObject overview = api.get("api/v1/cases/" + id + "/safeguarding", referent, "en").json().asJsonObject();
        assertEquals("HIGH", overview.getString("risk"));
        assertEquals(1, overview.getJsonArray("referrals").size());
        assertEquals(200, api.get("api/v1/cases/" + id + "/safeguarding", api.token("lead", PASSWORD), "en")
                .status(), "the district lead sees an escalated case's safeguarding");
    }

    // --- helpers ---

    private long fileIncident() {
        String teacher = api.token("teacher.college", PASSWORD);
        long pupil = Db.number("SELECT MIN(id) FROM person WHERE kind = 'STUDENT' AND school_id = (SELECT id FROM"
                + " school WHERE code = 'DEMO-COLLEGE')");
        Api.Answer filed = api.post("api/v1/cases", "{\"schoolCode\":\"DEMO-COLLEGE\",\"category\":\"INSULTS\","
                + "\"description\":\"Menaces et insultes tous les soirs sur Snapchat depuis trois semaines.\","
                + "\"occurredOn\":\"" + LocalDate.now().minusDays(1) + "\",\"platforms\":[\"SNAPCHAT\"],\"risk\":[],"
                + "\"parties\":[{\"personId\":" + pupil + ",\"part\":\"TARGET\"}]}", teacher, "fr");
        assertEquals(201, filed.status(), filed.body());
        return filed.json().asJsonObject().getJsonNumber("id").longValue();
    }




}
