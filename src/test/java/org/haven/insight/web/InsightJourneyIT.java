package org.haven.insight.web;

import org.haven.platform.i18n.Messages;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics dashboard in headless Chromium, on counts of 2018 this class writes into the aggregates (no other
 * test touches that year): the district lead sees charts drawn and their tables with the small count hidden,
 * filters that stay in the URL, the page at phone width; a head of school sees their school only; a teacher none.
 */
@OnSharedServer
class InsightJourneyIT extends BrowserJourney {

    private static final String YEAR_2018 = "from=2018-01-01&to=2018-12-31";

    @BeforeAll
    static void seed2018() {
        SharedServer.url();
        // The fold locks counter rows as it adds to them (the demo's year at the server's first start): wait for it,
        // so that these deletes, which scan the counters, do not deadlock with it.
        org.haven.testing.Awaiting.until("the pending increments folded", java.time.Duration.ofSeconds(120),
                () -> Db.number("SELECT COUNT(*) FROM insight_pending") == 0);
        Db.update("DELETE FROM insight_count WHERE day BETWEEN '2018-01-01' AND '2018-12-31'");
        Db.update("DELETE FROM insight_month WHERE month BETWEEN '2018-01-01' AND '2018-12-01'");
        Db.update("DELETE FROM insight_pending WHERE day BETWEEN '2018-01-01' AND '2018-12-31'");
        put("2018-03-12", "DEMO-COLLEGE", "INSULTS", 8);
        put("2018-04-03", "DEMO-LYCEE", "THREATS", 3);
        put("2018-09-20", "DEMO-LYCEE", "INSULTS", 6);
        put("2018-10-01", "DEMO-LYCEE", "EXCLUSION", 5);
    }

    /**
     * An increment as InsightCounts appends it: for the school and for the district (school id 0); the fold then
     * moves it into the day and month counters, and the figures read it wherever it is.
     */
    private static void put(String day, String school, String category, long n) {
        long id = Db.number("SELECT id FROM school WHERE code = ?", school);
        for (long schoolId : new long[] {id, 0}) {
            Db.update("INSERT INTO insight_pending (measure, day, school_id, category, dimension, n) "
                    + "VALUES ('CASE', ?, ?, ?, 'STAFF', ?)",
                    day, schoolId, category, n);
        }
    }

    @Test
    void theDistrictLeadReadsChartsAndTablesAndKeepsTheFiltersInTheAddress() {
        signIn("lead");
        open("district/insight.xhtml?" + YEAR_2018);

        waits.until("the chart of cases per month drawn", d -> drawn(d, "panel-cases-by-month"));
        assertEquals("14", cell("cases-by-category", "INSULTS"));
        assertEquals(t("insight.hidden"), cell("cases-by-category", "THREATS"), "3 is below the threshold");
        assertEquals(t("insight.hidden"), cell("cases-by-category", "EXCLUSION"), "5 hidden so 22 - 14 gives nothing");
        assertEquals("22", browser.findElement(By.cssSelector("#table-cases-by-category .total")).getText());
        assertEquals("8", cell("cases-by-school", "DEMO-COLLEGE"));
        assertEquals("14", cell("cases-by-school", "DEMO-LYCEE"));
        for (String panel : new String[] {"reports-by-channel", "overdue-steps-by-step", "referrals-by-kind",
                "referrals-by-outcome", "takedowns-by-delay", "takedowns-by-outcome", "training-by-status",
                "training-by-school", "training-by-role"}) {
            waits.until("the chart of " + panel + " drawn", d -> drawn(d, "panel-" + panel));
            assertFalse(browser.findElements(By.cssSelector("#table-" + panel + " tbody tr")).isEmpty(), panel);
        }
        assertEquals(java.util.List.of("TRAINED", "LATE", "IN_PROGRESS", "NOT_STARTED"),
                browser.findElements(By.cssSelector("#table-training-by-status tbody tr")).stream()
                        .map(r -> r.getAttribute("data-key")).toList());
        assertTrue(fetch("#panel-takedowns-by-delay a.csv").startsWith("delay,count"), "the takedowns' CSV");
        assertAccessible("district dashboard");
        screenshot("insight-1280");
        assertTrue(fetch("#pdf").startsWith("%PDF-"), "the PDF summary");
        String csv = fetch("#panel-cases-by-category a.csv");
        assertTrue(csv.contains("INSULTS,14") && csv.contains("THREATS,suppressed"), csv);

        waits.select(By.id("f-school"), "DEMO-LYCEE");
        click("f-apply");
        waits.until("the address carries the school", d -> d.getCurrentUrl().contains("school=DEMO-LYCEE"));
        assertTrue(browser.getCurrentUrl().contains("from=2018-01-01"), browser.getCurrentUrl());
        waits.until("the chart of cases by category drawn", d -> drawn(d, "panel-cases-by-category"));
        assertEquals("6", cell("cases-by-category", "INSULTS"));
        assertEquals("DEMO-LYCEE", waits.attribute(By.cssSelector("#f-school option:checked"), "value"));

        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            browser.navigate().refresh();
            waits.until("the chart drawn at phone width", d -> drawn(d, "panel-cases-by-month"));
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "no sideways scrolling at 360 px: " + overflow + " px too wide");
            assertAccessible("district dashboard at phone width");
            screenshot("insight-360");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aHeadOfSchoolSeesTheirSchoolAndATeacherNone() {
        signIn("head.college");
        open("staff/insight.xhtml?" + YEAR_2018);
        waits.until("the chart of cases by category drawn", d -> drawn(d, "panel-cases-by-category"));
        assertEquals("8", cell("cases-by-category", "INSULTS"));
        assertEquals("0", cell("cases-by-category", "THREATS"), "the Lycée's cases are not counted");
        assertTrue(browser.findElements(By.id("panel-cases-by-school")).isEmpty(), "one school: no school table");
        assertAccessible("head of school's dashboard");

        open("staff/insight.xhtml?" + YEAR_2018 + "&school=DEMO-LYCEE");
        assertTrue(browser.findElements(By.cssSelector(".insight-panel")).isEmpty(), "another school: nothing");
        assertTrue(browser.getPageSource().contains(t("insight.school.notFound")));

        signIn("teacher.college");
        open("staff/insight.xhtml");
        assertTrue(browser.findElements(By.cssSelector(".insight-panel")).isEmpty(), "a teacher: nothing");
        assertTrue(browser.getPageSource().contains(t("insight.school.notFound")));
    }

    /** The whole page at the window's width, for a person to look at: target/screenshots/NAME.png. */
    private void screenshot(String name) {
        Dimension size = browser.manage().window().getSize();
        try {
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 150, 9000)));
            java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                    "screenshots"));
            java.nio.file.Files.write(shots.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /** The start of what the link downloads, fetched with the page's session. */
    private String fetch(String link) {
        Object r = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href, {credentials: 'same-origin'})
                  .then(function (r) { return r.text(); })
                  .then(function (t) { done(t.substring(0, 2000)); })
                  .catch(function (e) { done('ERROR ' + e); });""", link);
        return String.valueOf(r);
    }

    private String cell(String table, String key) {
        return waits.text(By.cssSelector("#table-" + table + " tr[data-key='" + key + "'] td"));
    }

    /** True once the panel's canvas holds a drawing (differs from an empty canvas of its size). */
    private static Boolean drawn(WebDriver d, String panel) {
        Object r = ((JavascriptExecutor) d).executeScript("""
                var c = document.querySelector('#' + arguments[0] + ' canvas');
                if (!c || c.width === 0 || c.height === 0) { return false; }
                var blank = document.createElement('canvas');
                blank.width = c.width; blank.height = c.height;
                return c.toDataURL() !== blank.toDataURL();""", panel);
        return Boolean.TRUE.equals(r) ? Boolean.TRUE : null;
    }

    private static String t(String key) {
        return Messages.text(Locale.FRENCH, key);
    }
}
