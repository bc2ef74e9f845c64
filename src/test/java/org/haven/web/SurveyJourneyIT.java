package org.haven.web;

import jakarta.json.Json;
import org.haven.testing.Api;
import org.haven.testing.Browser;
import org.haven.testing.BrowserJourney;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 in a browser: a pupil answers the demo class's survey on a phone-sized screen, sees the help lines as soon
 * as an answer says they are in danger, asks to be contacted and gets a receipt that opens the report; the same
 * browser cannot answer twice; a wrong code is explained; the referent sees the campaign, its codes, its printable
 * QR sheet and its results. Every page is checked with axe-core and for console errors (CSP included).
 */
@OnSharedServer
class SurveyJourneyIT extends BrowserJourney {

    private static final String CODE = "HAVE-N4BC";

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), Browser.severeConsoleMessages(browser).stream()
                .filter(m -> !m.contains("favicon.ico")).toList(), "JavaScript errors or CSP violations"
                + " (the server root's favicon is not ours)");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** On a phone the quick-exit bar covers the top: bring the answer to the middle of the screen, then tap it. */
    private void choose(String inputId) {
        By label = By.cssSelector("label[for='" + inputId + "']");
        js("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(label));
        click(label);
    }

    @Test
    void aPupilAnswersOnAPhoneAndAsksToBeContacted() {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            open("survey/?code=" + CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-survey]")));
            assertEquals("Le climat dans ton établissement", browser.findElement(By.tagName("h1")).getText());
            assertAccessible("questionnaire on a phone");
            WebElement where = browser.findElement(By.id("question-where"));
            assertFalse(where.isDisplayed(), "a skipped question is hidden until its answer is given");
            choose("q-repeated-yes");
            waits.until("the skipped question to show", d -> d.findElement(By.id("question-where")).isDisplayed());
            choose("q-where-canteen");
            choose("q-insulted-weekly");
            assertFalse(browser.findElement(By.id("danger-help")).isDisplayed());
            choose("q-danger-now-yes");
            waits.until("the help lines to show at once", d -> d.findElement(By.id("danger-help")).isDisplayed());
            assertTrue(browser.findElement(By.id("danger-help")).findElements(By.cssSelector("a[href^='tel:']")).size() > 1);
            assertAccessible("questionnaire with the help lines shown");

            js("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id("survey:wantsContact")));
            click("survey:wantsContact");
            waits.type(By.id("survey:message"), "On se moque de moi à la cantine <b>tous les jours</b>");
            js("document.getElementById('survey:send').scrollIntoView({block: 'center'});");
            click("survey:send");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-survey-sent]")));
            String receipt = browser.findElement(By.id("receipt-code")).getText();
            assertTrue(receipt.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), receipt);
            assertFalse(browser.findElement(By.id("sent-help")).findElements(By.cssSelector("a[href^='tel:']")).isEmpty());
            assertAccessible("thanks page with the receipt on a phone");

            Api.Answer access = api.post("api/v1/reports/access",
                    Json.createObjectBuilder().add("receipt", receipt).build().toString(), null, "fr");
            assertEquals(200, access.status(), "the receipt opens the report: " + access.body());
            Api.Answer mine = api.get("api/v1/reports/mine", access.json().asJsonObject().getString("token"), "fr");
            assertTrue(mine.json().asJsonObject().getBoolean("urgent"), "in danger now: urgent");

            open("survey/?code=" + CODE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("already")));
            assertTrue(browser.findElements(By.cssSelector("form[data-survey]")).isEmpty(),
                    "this browser answered: no second form");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void fromTheHomePageAWrongCodeIsExplained() {
        open("");
        click("to-survey");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-form:code")));
        waits.type(By.id("code-form:code"), "ZZZZ-ZZZZ");
        click("code-form:start");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#code-error .field-error-text")));
        assertTrue(browser.findElement(By.id("code-error")).getText().startsWith("Ce code ne correspond"),
                browser.findElement(By.id("code-error")).getText());
        assertAccessible("code page with its error");
    }

    @Test
    void theReferentSeesTheCampaignItsSheetAndItsResults() {
        signIn("referent.college");
        open("staff/surveys.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns")));
        assertAccessible("campaign list and form");
        click(By.xpath("//table[@id='campaigns']//a[contains(., 'automne')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("codes")));
        assertTrue(browser.findElement(By.id("codes")).getText().contains(CODE));
        assertFalse(browser.findElements(By.cssSelector("table.results")).isEmpty());
        assertTrue(browser.findElement(By.id("previous")).getText().contains("printemps"));
        assertAccessible("campaign page with results");
        click("sheet");
        WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.qr")));
        waits.until("the QR code to load", d -> ((Number) js("return arguments[0].naturalWidth;", qr)).intValue() > 0);
        assertTrue(browser.findElement(By.cssSelector(".sheet .link")).getText().endsWith("/survey/?code=" + CODE));
        assertAccessible("printable sheet");
    }
}
