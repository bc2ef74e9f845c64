package org.haven.web;

import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case page as a referent and a district lead move through it (issue 23): a summary of what matters now above
 * sections opened as tabs, each its own address, in French and English, at 1280 and 360 px, axe-core clean.
 */
@OnSharedServer
class CasePageJourneyIT extends BrowserJourney {

    private static final List<String> SECTIONS = List.of("steps", "file", "safety", "evidence", "family", "links",
            "history");

    @Test
    void aReferentSeesTheSummaryAndMovesThroughTheSectionsInBothLanguagesAndWidths() {
        long id = Db.number("SELECT MIN(c.id) FROM case_file c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = 'DEMO-COLLEGE' AND c.status <> 'CLOSED'");
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", id);
        signIn("referent.college");
        for (String language : List.of("fr", "en")) {
            if (language.equals("en")) {
                click("lang:en");
                wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            }
            for (int width : new int[] {1280, 360}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                open("staff/case.xhtml?id=" + id);
                WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-summary")));
                assertTrue(summary.getText().contains(number), summary.getText());
                assertFalse(browser.findElement(By.id("summary-next")).getText().isBlank(), "the next step is named");
                assertFalse(browser.findElement(By.id("summary-people")).getText().isBlank(), "the people");
                assertTrue(browser.findElement(By.id("summary-consent")).isDisplayed(), "what the pupils agree to");
                assertEquals(SECTIONS, browser.findElements(By.cssSelector("#case-sections a")).stream()
                        .map(a -> a.getAttribute("data-section")).toList());
                assertEquals("page", current().getAttribute("aria-current"), "the steps are the first section");
                assertEquals("steps", current().getAttribute("data-section"));
                assertAccessible("case page, steps, " + language + ", " + width + " px");
                // Every section once (French, 1280 px); the steps and the timeline in the other language and width.
                boolean every = language.equals("fr") && width == 1280;
                for (String section : every ? SECTIONS.subList(1, SECTIONS.size()) : List.of("history")) {
                    click(By.cssSelector("#case-sections a[data-section='" + section + "']"));
                    wait.until(ExpectedConditions.urlContains("section=" + section));
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-summary")));
                    assertEquals(section, current().getAttribute("data-section"));
                    assertTrue(browser.findElements(By.id("steps")).isEmpty(), "only the section asked for: " + section);
                    assertAccessible("case page, " + section + ", " + language + ", " + width + " px");
                }
            }
            keepScreenshots("case-page-" + language);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        click("lang:fr");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    }

    @Test
    void theDistrictLeadReadsTheCaseWithoutTheSchoolsWorkSections() {
        long id = Db.number("SELECT MIN(id) FROM case_file WHERE escalated = TRUE");
        signIn("lead");
        open("district/case.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-summary")));
        assertEquals(List.of("steps", "file", "safety", "history"), browser.findElements(
                By.cssSelector("#case-sections a")).stream().map(a -> a.getAttribute("data-section")).toList());
        assertTrue(browser.findElements(By.id("summary-consent")).isEmpty(), "consent is the school's work");
        assertTrue(browser.findElements(By.cssSelector("form.step-form")).isEmpty(), "no step forms for the lead");
        open("district/case.xhtml?id=" + id + "&section=history");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertAccessible("district case page, timeline");
    }

    @Test
    void anUnknownSectionIsTheStepsAndAnotherSchoolsCaseIsNotFound() {
        long id = Db.number("SELECT MIN(c.id) FROM case_file c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = 'DEMO-COLLEGE'");
        signIn("referent.college");
        open("staff/case.xhtml?id=" + id + "&section=..%2Fadmin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        signIn("referent.lycee");
        open("staff/case.xhtml?id=" + id + "&section=evidence");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertTrue(browser.findElements(By.id("case-summary")).isEmpty());
        assertTrue(browser.findElements(By.id("evidence-panel")).isEmpty());
    }

    private WebElement current() {
        return browser.findElement(By.cssSelector("#case-sections a.current"));
    }
}
