package org.haven.web;

import org.haven.testing.Browser;
import org.haven.testing.BrowserJourney;
import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Staff read words, not Haven's notation (issue 23): every staff, district and administration page of the demo
 * district, in English and in French, is read as a person sees it, and nothing in it may look like a protocol key
 * ({@code head_of_school}, {@code danger-to-life}), an enum ({@code HELP_LINE}), an instant in UTC, an ISO length
 * ({@code P2Y}) or a raw {@code true}. What people typed (marked {@code user-text}) and code samples for
 * administrators ({@code code}, {@code pre}) are not Haven's words and are left out. The browser is an English one,
 * so the language switch must win over it, protocol texts included.
 */
@OnSharedServer
class PlainWordsJourneyIT extends BrowserJourney {

    private static final List<Pattern> NOTATION = List.of(
            // The protocol's notation (roles, actions, facts, bodies), not any snake_case a person might type.
            Pattern.compile("\\b(head_of_school|district_lead|district_admin|require_decision|show_help_lines"
                    + "|self_harm|immediate_danger|location_shared|intimate_images|child_protection"
                    + "|platform_takedown|education_authority|alleged_author\\w*|risk_level|[a-z]+_(of|to)_[a-z]+)\\b"),
            Pattern.compile("\\b[a-z]+-to-[a-z]+\\b"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"),
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"),
            Pattern.compile("\\b(true|false|null)\\b"),
            Pattern.compile("\\bP\\d+[YMWD]\\b"),
            Pattern.compile("\\?\\?\\?"));

    /** The visible text of the page's main part, without what people typed and without code samples. */
    private static final String VISIBLE_WORDS = """
            const main = document.getElementById('main');
            if (!main) { return ''; }
            const copy = main.cloneNode(true);
            copy.querySelectorAll('.user-text, code, pre, kbd, samp, script, style, [hidden]')
                .forEach(e => e.remove());
            document.body.appendChild(copy);
            const text = copy.innerText;
            copy.remove();
            return text;""";

    @BeforeAll
    static void anEnglishBrowser() {
        browser.quit();
        browser = Browser.start("en");
    }

    /** Every section of the case page (each is its own view since issue 23). */
    private static final List<String> SECTIONS = List.of("steps", "file", "safety", "evidence", "family", "links",
            "history");

    @Test
    void protocolTextsFollowTheLanguageChosenNotTheBrowsers() {
        long caseId = Db.number("SELECT MIN(c.id) FROM case_file c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = 'DEMO-COLLEGE' AND c.protocol_id = 'fr-secondary'");
        signIn("referent.college");
        click("lang:en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        open("staff/case.xhtml?id=" + caseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertEquals("Take the report in hand", stepTitle("acknowledge"));
        click("lang:fr");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        open("staff/case.xhtml?id=" + caseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertEquals("Prendre en compte le signalement", stepTitle("acknowledge"),
                "switched to Français in an English browser, the protocol is in French too");
    }

    @Test
    void staffPagesShowNoMachineValuesInEitherLanguage() {
        List<String> found = new ArrayList<>();
        String college = "(SELECT id FROM school WHERE code = 'DEMO-COLLEGE')";
        List<String> cases = ids("SELECT GROUP_CONCAT(id ORDER BY id) FROM case_file WHERE school_id = " + college);
        List<String> reports = ids("SELECT GROUP_CONCAT(id ORDER BY id) FROM report WHERE school_id = " + college);
        List<String> referrals = ids("SELECT GROUP_CONCAT(r.id ORDER BY r.id) FROM referral r JOIN case_file c"
                + " ON c.id = r.case_id WHERE c.school_id = " + college);
        List<String> campaigns = ids("SELECT GROUP_CONCAT(id ORDER BY id) FROM survey_campaign WHERE school_id = "
                + college);
        List<String> staff = new ArrayList<>(List.of("staff/index.xhtml", "staff/cases.xhtml", "staff/reports.xhtml",
                "staff/incident.xhtml", "staff/training/index.xhtml", "staff/training/compliance.xhtml",
                "staff/surveys.xhtml", "staff/pupils.xhtml", "account/notifications.xhtml"));
        campaigns.forEach(id -> staff.add("staff/survey.xhtml?id=" + id));
        cases.forEach(id -> SECTIONS.forEach(section -> staff.add("staff/case.xhtml?id=" + id + "&section=" + section)));
        reports.forEach(id -> staff.add("staff/report.xhtml?id=" + id));
        referrals.forEach(id -> staff.add("staff/referral.xhtml?id=" + id));
        read("head.college", staff, found);
        read("teacher.college", List.of("staff/index.xhtml", "staff/cases.xhtml", "staff/training/index.xhtml"),
                found);
        List<String> district = new ArrayList<>(List.of("district/index.xhtml", "district/cases.xhtml",
                "district/training.xhtml"));
        cases.forEach(id -> List.of("steps", "file", "safety", "history")
                .forEach(section -> district.add("district/case.xhtml?id=" + id + "&section=" + section)));
        read("lead", district, found);
        read("admin", List.of("admin/index.xhtml", "admin/accounts.xhtml", "admin/bodies.xhtml",
                "admin/calendar.xhtml", "admin/deliveries.xhtml", "admin/import.xhtml", "admin/protocols.xhtml",
                "admin/protocol.xhtml?id=fr-secondary", "admin/protocol.xhtml?id=fr-primary", "admin/audit.xhtml",
                "admin/resources.xhtml", "admin/schools.xhtml", "admin/training.xhtml"), found);
        assertEquals(List.of(), found, "machine values on staff pages");
    }

    /** Reads each page as this account in English, then again in French. */
    private void read(String account, List<String> pages, List<String> found) {
        signIn(account);
        for (String language : List.of("en", "fr")) {
            if (language.equals("fr")) {
                click("lang:fr");
                wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
            }
            for (String page : pages) {
                open(page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                if (language.equals("fr")) {
                    keepScreenshots(account + "-" + page);
                }
                String words = (String) ((JavascriptExecutor) browser).executeScript(VISIBLE_WORDS);
                for (String line : words.split("\n")) {
                    for (Pattern p : NOTATION) {
                        Matcher m = p.matcher(line);
                        if (m.find()) {
                            found.add(account + " " + language + " " + page + ": «" + m.group() + "» in «"
                                    + line.strip() + "»");
                        }
                    }
                }
            }
        }
    }

    private String stepTitle(String stepId) {
        return browser.findElement(By.cssSelector("li[data-step='" + stepId + "'] .step-title")).getText();
    }

    private static List<String> ids(String sql) {
        Object joined = Db.single(sql);
        return joined == null ? List.of() : Arrays.asList(joined.toString().split(","));
    }
}
