package org.haven.web;

import jakarta.json.Json;
import org.haven.testing.Api;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 in headless Chromium: a referent accepts a related-report suggestion on the report page (the report
 * joins the other's case), then the head hands the case over to the lycée and the collège loses access to it but
 * keeps its record; the district lead sees the demo's related reports of two schools.
 */
@OnSharedServer
class LinkedReportsJourneyIT extends BrowserJourney {

    @Test
    void aReferentAcceptsASuggestionAndTheHeadHandsTheCaseOver() {
        String handle = "lina_" + UUID.randomUUID().toString().substring(0, 6);
        long first = report("Le compte @" + handle + " publie des montages de moi.");
        long second = report("Je suis témoin : " + handle + " a partagé la photo dans le groupe.");
        String referent = api.token("referent.college", PASSWORD);
        Api.Answer opened = api.post("api/v1/cases/from-report/" + first, "{}", referent, "en");
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().asJsonObject().getJsonNumber("id").longValue();

        // The referent sees why the first report is suggested on the second one's page, and accepts it.
        signIn("referent.college");
        open("staff/report.xhtml?id=" + second);
        By suggestion = By.cssSelector("#related-list li[data-report='" + first + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
        String why = browser.findElement(suggestion).getText();
        assertTrue(why.contains(handle) && why.contains("pseudo"), why);
        assertAccessible("report page with its related reports");
        click(By.cssSelector("#related-list li[data-report='" + first + "'] button[id$='accept']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "rattaché"));
        assertEquals(caseId, Db.number("SELECT case_id FROM case_report WHERE report_id = ? AND detached_at IS NULL",
                second));

        // The head hands the case over; an empty form is refused first and nothing moves.
        long college = Db.number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        signIn("head.college");
        open("staff/case.xhtml?id=" + caseId + "&section=links");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-reports")));
        assertTrue(browser.findElement(By.id("case-reports")).getText().contains("R-" + second));
        assertAccessible("case page with its reports and the handover");
        click("handover:handOver");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("handover"), "Dites pourquoi"));
        assertEquals(college, Db.number("SELECT school_id FROM case_file WHERE id = ?", caseId), "nothing moved");
        waits.select(By.id("handover:school"), "DEMO-LYCEE");
        waits.type(By.id("handover:reason"), "La famille a déménagé.");
        waits.type(By.id("handover:summary"), "Montages diffusés sur Instagram ; l'élève demande à être placée près"
                + " de la porte.");
        click(By.cssSelector("#handover\\:pupilConsent input[value='true']"));
        click(By.cssSelector("#handover\\:parentConsent input[value='true']"));
        click("handover:handOver");
        wait.until(ExpectedConditions.urlContains("staff/cases.xhtml"));
        assertEquals(Db.number("SELECT id FROM school WHERE code = 'DEMO-LYCEE'"),
                Db.number("SELECT school_id FROM case_file WHERE id = ?", caseId));

        // The collège no longer opens it; the lycée's referent does, with its number.
        open("staff/case.xhtml?id=" + caseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", caseId);
        open("staff/handovers.xhtml");
        click(By.linkText(number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertTrue(browser.findElement(By.id("record")).getText().contains(number), "the old school's record");
        assertAccessible("the old school's handover record");
        signIn("referent.lycee");
        open("staff/case.xhtml?id=" + caseId + "&section=file");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("facts")));
        assertTrue(browser.findElement(By.id("summary-title")).getText().contains(number));

        // The district lead sees the demo district's two related reports of two schools, and what they share.
        signIn("lead");
        open("district/related.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("matches")));
        String matches = browser.findElement(By.id("matches")).getText();
        assertTrue(matches.contains("demo_rumeurs_06") && matches.contains("DEMO-LYCEE")
                && matches.contains("DEMO-COLLEGE"), matches);
        assertAccessible("the lead's related reports across schools");
    }

    private long report(String description) {
        String body = Json.createObjectBuilder().add("schoolCode", "DEMO-COLLEGE").add("category", "HUMILIATION")
                .add("description", description)
                .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("witness", true).add("anonymous", true)
                .add("risk", Json.createObjectBuilder().add("immediateDanger", false).add("selfHarm", false)
                        .add("threats", false).add("locationShared", false).add("blackmail", false)
                        .add("intimateImages", false)).build().toString();
        Api.Answer created = api.post("api/v1/reports", body, null, "fr");
        assertEquals(201, created.status(), created.body());
        return Db.number("SELECT id FROM report WHERE content_fingerprint = ?",
                created.json().asJsonObject().getString("fingerprint"));
    }
}
