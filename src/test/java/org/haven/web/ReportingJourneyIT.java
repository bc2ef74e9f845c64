package org.haven.web;

import org.haven.platform.i18n.Messages;
import org.haven.testing.Axe;
import org.haven.testing.Browser;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.ServerTempFiles;
import org.haven.testing.SharedServer;
import org.haven.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confidential reporting in headless Chromium: the wizard in French and English with a file and a danger answer,
 * the receipt shown once with the help lines, the proof of reporting, following the report with the receipt,
 * the referent's inbox and answer, the other school's referent who finds nothing, the draft and the quick exit,
 * the form without JavaScript, a large file that the server never writes to its temporary folder, and axe-core
 * on every step and page (no serious or critical violation).
 */
@OnSharedServer
class ReportingJourneyIT {

    /** A SHA-256 written out: kept in the proof file, never shown on a pupil's page. */
    private static final java.util.regex.Pattern HEX_FINGERPRINT = java.util.regex.Pattern.compile("\\b[0-9a-f]{64}\\b");


    private static final String PASSWORD = "Demo-Haven-2026";
    private static final String SCHOOL = "DEMO-COLLEGE";
    private static final String SCHOOL_NAME = "Collège Victor Hugo";
    private static final String DRAFT_KEY = "haven.report.draft";


    URL url = SharedServer.url();

    private final List<WebDriver> browsers = new ArrayList<>();
    private WebDriver browser;
    private WebDriverWait wait;
    private Waits waits;
    private String lang;

    @AfterEach
    void noScriptErrorsAndQuit() {
        try {
            for (WebDriver b : browsers) {
                List<String> severe = Browser.severeConsoleMessages(b).stream()
                        .filter(m -> !m.contains("favicon.ico"))
                        .filter(m -> !m.contains("wikipedia.org"))
                        // the other school's report and a missing one both answer 404, as they must
                        .filter(m -> !(m.contains("/staff/report.xhtml?id=") && m.contains("status of 404")))
                        .toList();
                assertEquals(List.of(), severe, "JavaScript errors or CSP violations in the console");
            }
        } finally {
            browsers.forEach(WebDriver::quit);
            browsers.clear();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aPupilReportsInDangerKeepsTheReceiptAndTalksWithTheSchool(String language, @TempDir Path dir)
            throws Exception {
        start(language, true);
        String marker = "journey-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path picture = png(dir.resolve("screenshot.png"));

        // The wizard, step by step, with a file, a link and one danger answer.
        open("report/index.xhtml");
        assertEquals(t("report.title"), heading());
        fillWizard(marker, picture, true);
        click(By.id("report:send"));

        // Help first, then the receipt, once.
        WebElement receiptCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")));
        String receipt = receiptCode.getText();
        assertTrue(receipt.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), receipt);
        assertEquals(t("report.sent.urgentTitle"), heading());
        WebElement help = browser.findElement(By.id("urgent-help"));
        List<WebElement> phones = help.findElements(By.cssSelector("a[href^='tel:']"));
        assertFalse(phones.isEmpty(), "help lines with tel: links");
        assertTrue(phones.stream().anyMatch(a -> a.getAttribute("href").equals("tel:3018")), help.getText());
        assertTrue(help.getLocation().getY() < receiptCode.getLocation().getY(), "help lines come first");
        assertEquals(t("report.receipt.warning"), browser.findElement(By.id("receipt-warning")).getText());
        assertFalse(browser.getCurrentUrl().contains(receipt.replace(" ", "")));
        assertNull(js("return window.localStorage.getItem(arguments[0]);", DRAFT_KEY), "draft forgotten once sent");
        click(By.id("copy-receipt"));
        waits.until("the copy status to say the receipt was copied",
                d -> !d.findElement(By.id("copy-status")).getText().isBlank());
        assertAccessible("sent page");
        screenshot("sent-" + language);

        // The proof of reporting: time, school and fingerprint; nothing of the content, not the receipt. The
        // fingerprint is for whoever checks the proof later, not for the pupil's screen (issue 23).
        assertFalse(HEX_FINGERPRINT.matcher(browser.findElement(By.id("main")).getText()).find(),
                "no fingerprint shown to the pupil");
        Path proof = download(dir, By.id("proof:download"));
        String proofText = Files.readString(proof, StandardCharsets.UTF_8);
        assertTrue(HEX_FINGERPRINT.matcher(proofText).find(), proofText);
        assertTrue(proofText.contains(SCHOOL_NAME), proofText);
        assertFalse(proofText.contains(marker), "the proof holds no content");
        assertFalse(proofText.contains(receipt.substring(0, 4) + " " + receipt.substring(5, 9)), "nor the receipt");

        // A reload shows a new, empty wizard: the receipt is gone for good.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertFalse(browser.getPageSource().contains(receipt), "the receipt must not survive a reload");

        // The pupil comes back: a wrong receipt first, then the right one (the session id changes).
        open("report/follow.xhtml");
        String invalid = t("report.receipt.invalid");
        typeReceipt("1234 5678 9012 3456");
        wait.until(ExpectedConditions.textToBe(By.id("receipt-error"), invalid));
        assertAccessible("follow page with an error");
        String sessionBefore = browser.manage().getCookieNamed("HAVENSESSION").getValue();
        typeReceipt(receipt);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertNotEquals(sessionBefore, browser.manage().getCookieNamed("HAVENSESSION").getValue());
        assertEquals(t("report.status.NEW"), browser.findElement(By.id("status")).getText());
        assertFalse(browser.getCurrentUrl().contains(receipt.replace(" ", "")));
        String question = "Question from the pupil " + marker;
        type(By.id("reply:body"), question);
        click(By.id("reply:send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), question));
        Path note = Files.writeString(dir.resolve("note.txt"), "What they wrote, copied " + marker + "\n");
        browser.findElement(By.id("evidence:file")).sendKeys(note.toAbsolutePath().toString());
        click(By.id("evidence:upload"));
        WebElement received = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("last-file")));
        assertTrue(received.getText().contains("note.txt"), received.getText());
        assertFalse(browser.findElement(By.id("main")).getText().contains(sha256(note)), "no fingerprint for the pupil");
        assertAccessible("follow page, report open");
        click(By.id("close:close"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open:receipt")));

        // The referent of the school: the urgent report first, everything escaped, links as text.
        signIn("referent.college");
        open("staff/reports.xhtml");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#inbox tbody tr")));
        assertTrue(first.getAttribute("class").contains("row-urgent"), "urgent unacknowledged first");
        assertTrue(first.getAttribute("class").contains("row-unread"), "marked unread");
        assertTrue(first.getText().contains(t("staff.reports.anonymous")), first.getText());
        assertTrue(browser.findElement(By.cssSelector(".app-nav")).getText().contains(t("nav.reports")));
        assertAccessible("staff inbox");
        String reportId = first.getAttribute("data-report-id");
        click(By.cssSelector("#inbox tr[data-report-id='" + reportId + "'] th a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("description")));
        assertEquals(description(marker), browser.findElement(By.id("description")).getText());
        assertEquals(0, browser.findElements(By.cssSelector("#description b")).size(), "shown escaped");
        assertEquals(0, browser.findElements(By.cssSelector("#links a")).size(), "links are not clickable");
        assertEquals("https://example.org/posts/" + marker,
                browser.findElement(By.cssSelector("#links code")).getText());
        assertTrue(browser.findElement(By.id("evidence")).getText().contains("screenshot.png"));
        // The evidence vault's panel: the picture's thumbnail comes through a short-lived signed link, and loads.
        WebElement thumb = browser.findElement(By.cssSelector("#evidence img.evidence-thumb"));
        assertTrue(thumb.getAttribute("src").matches(".*/staff/evidence/file\\?t=\\d+&v=thumb&x=\\d+&s=[-_A-Za-z0-9]+"),
                thumb.getAttribute("src"));
        waits.until("the evidence thumbnail to load", d -> Boolean.TRUE.equals(js(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumb)));
        assertTrue(browser.findElement(By.id("dossier-zip")).getAttribute("href").contains("v=zip"));
        assertTrue(browser.findElement(By.id("conversation")).getText().contains(question));
        assertAccessible("staff report page");
        screenshot("staff-report-" + language);
        String acknowledged = t("staff.report.acknowledged");
        click(By.id("ack:acknowledge"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), acknowledged));
        String answer = "We are here for you, " + marker;
        type(By.id("answer:body"), answer);
        click(By.id("answer:send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), answer));
        assertEquals(t("report.status.IN_PROGRESS"), browser.findElement(By.id("report-status")).getText());
        open("staff/reports.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#inbox tr[data-report-id='" + reportId + "']")));
        assertFalse(row.getAttribute("class").contains("row-urgent"), "acknowledged");

        // The referent of another school: exactly what a report that does not exist shows.
        signIn("referent.lycee");
        open("staff/report.xhtml?id=" + reportId);
        String foreign = browser.findElement(By.tagName("main")).getText();
        open("staff/report.xhtml?id=999999999");
        assertEquals(browser.findElement(By.tagName("main")).getText(), foreign);
        assertTrue(foreign.contains(t("report.notFound")), foreign);
        assertFalse(foreign.contains(marker));

        // The pupil reads the school's answer.
        browser.manage().deleteAllCookies();
        open("report/follow.xhtml");
        typeReceipt(receipt.replace(" ", ""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), answer));
        assertTrue(browser.findElement(By.cssSelector("#conversation .from-school")).getText()
                .contains(t("follow.messages.school")));
        assertFalse(browser.findElement(By.id("conversation")).getText().contains("referent"));
        assertEquals(t("report.status.IN_PROGRESS"), browser.findElement(By.id("status")).getText());
    }

    @Test
    void everyStepOfTheWizardAndTheFollowPagePassAxeAndErrorsLeadToTheirField() throws IOException {
        start("fr", true);
        browser.manage().window().setSize(new Dimension(390, 844));
        open("report/index.xhtml");
        for (int step = 1; step <= 5; step++) {
            WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-" + step + "-title")));
            assertEquals(1, visibleSteps(), "one step at a time");
            if (step > 1) {
                assertEquals(title, browser.switchTo().activeElement(), "focus moves to the step's heading");
            }
            assertAccessible("wizard step " + step);
            screenshot("wizard-step-" + step);
            if (step == 1) {
                // Each step is checked when leaving it: the missing answers show on their fields, in place.
                click(By.cssSelector(".wizard-step:not([hidden]) [data-wizard-next]"));
                wait.until(ExpectedConditions.textToBe(By.id("category-error"), t("report.category.required")));
                assertEquals(t("report.description.required"), browser.findElement(By.id("description-error")).getText());
                assertTrue(browser.findElement(By.id("step-1")).isDisplayed(), "stays on the step with an error");
                assertEquals("report:category", browser.switchTo().activeElement().getAttribute("name"),
                        "the focus is on the first field with an error");
                assertAccessible("wizard with errors");
                screenshot("wizard-errors");
                click(By.cssSelector("input[name='report:category'][value='EXCLUSION']"));
                type(By.id("report:description"), "Ils m’ont retiré du groupe de la classe.");
            }
            if (step == 2) {
                click(By.cssSelector(".wizard-step:not([hidden]) [data-wizard-next]"));
                wait.until(ExpectedConditions.textToBe(By.id("witness-error"), t("report.witness.required")));
                click(By.cssSelector("input[name='report:witness'][value='false']"));
            }
            if (step < 5) {
                click(By.cssSelector(".wizard-step:not([hidden]) [data-wizard-next]"));
            }
        }
        // Sending without a school: the school's own error, on the last step, and nothing lost (issue 12).
        click(By.id("report:send"));
        wait.until(ExpectedConditions.textToBe(By.id("schoolCode-error"), t("report.school.required")));
        assertTrue(browser.findElement(By.id("step-5")).isDisplayed(), "stays on the school's step");
        assertEquals("report:schoolCode", browser.switchTo().activeElement().getAttribute("name"));
        assertEquals(0, browser.findElements(By.cssSelector(".wizard-step:not([hidden]) [data-link-row]")).size(),
                "no link block outside its step");
        assertEquals("Ils m’ont retiré du groupe de la classe.",
                browser.findElement(By.id("report:description")).getAttribute("value"), "the answers stay");
        assertAccessible("wizard with errors");
        screenshot("wizard-errors");
        open("report/follow.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open:receipt")));
        assertAccessible("follow page");
    }

    @Test
    void onAPhoneTheReceiptSurvivesALanguageSwitchAndTheUrgentBoxStartsWith112(@TempDir Path dir) throws Exception {
        start("fr", true);
        browser.manage().window().setSize(new Dimension(360, 740));
        String marker = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        open("report/index.xhtml");
        assertTrue(browser.findElement(By.id("quick-exit")).isDisplayed());
        fillWizard(marker, png(dir.resolve("proof.png")), true);
        click(By.id("report:send"));
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code"))).getText();
        WebElement first = browser.findElement(By.cssSelector("#urgent-help a[href^='tel:']"));
        assertEquals("tel:112", first.getAttribute("href"), "112 first in the urgent box");
        assertEquals(1, browser.findElements(By.cssSelector("#urgent-help a[href='tel:112']")).size(),
                "112 once in the urgent box");
        Number viewport = (Number) js("return window.innerHeight;");
        assertTrue(first.getRect().getY() + first.getRect().getHeight() <= viewport.intValue(),
                "the first help line above the fold on a phone (bottom " + (first.getRect().getY()
                        + first.getRect().getHeight()) + " px, viewport " + viewport + " px)");
        screenshot("sent-phone-fr");

        click(By.id("lang:en"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals(receipt, browser.findElement(By.id("receipt-code")).getText(), "the receipt is still there");
        assertEquals(Messages.text(Locale.ENGLISH, "report.sent.urgentTitle"), heading());
        String box = browser.findElement(By.id("urgent-help")).getText();
        assertTrue(box.contains("Children in danger (119)") && !box.contains("Allô Enfance en danger"),
                "the help lines follow the switch (the names shipped in V4__help_resources.sql): " + box);
        screenshot("sent-phone-en");

        // The follow page keeps the opened report across a switch (it used to close it).
        open("report/follow.xhtml");
        typeReceipt(receipt);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        click(By.id("lang:fr"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertEquals(Messages.text(Locale.FRENCH, "report.status.NEW"),
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText(),
                "the report stays open after the switch");
        assertTrue(browser.findElements(By.id("open:receipt")).isEmpty(), "not asked for the receipt again");
    }

    /** Issue 12: the quick exit was missing on the home, pupil, login and error pages, and scrolled away. */
    @Test
    void everyPageAPupilCanSeeHasAQuickExitThatStaysInView() {
        start("fr", false);
        for (String page : List.of("index.xhtml", "login.xhtml", "report/index.xhtml", "report/follow.xhtml",
                "error/not-found.xhtml")) {
            open(page);
            assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quick-exit"))).isDisplayed(),
                    "quick exit on " + page);
        }
        signIn("student.college");
        wait.until(ExpectedConditions.urlContains("/student/index.xhtml"));
        assertTrue(browser.findElement(By.id("quick-exit")).isDisplayed(), "quick exit on the pupil's page");

        // Without JavaScript the wizard shows every step at once: a long page, the best to scroll.
        browser.manage().window().setSize(new Dimension(360, 740));
        open("report/index.xhtml");
        js("window.scrollTo(0, document.body.scrollHeight);");
        waits.until("the page to scroll down", d -> ((Number) js("return window.scrollY;")).intValue() > 0);
        WebElement exit = browser.findElement(By.id("quick-exit"));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", exit);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 50, "the quick exit stays at the top: " + top);

        // Without JavaScript the danger help is on the page from the start, next to the questions.
        assertTrue(browser.findElement(By.id("danger-help")).isDisplayed(), "help lines without JavaScript");
    }

    @Test
    void aDraftSurvivesAReloadAndTheQuickExitForgetsItAndLeaves() {
        start("en", true);
        open("report/index.xhtml");
        click(By.cssSelector("input[name='report:category'][value='EXCLUSION']"));
        type(By.id("report:description"), "They left me out of the class group");
        click(By.cssSelector(".wizard-step:not([hidden]) [data-wizard-next]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:involved")));
        type(By.id("report:involved"), "@someone");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        assertEquals("They left me out of the class group",
                browser.findElement(By.id("report:description")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name='report:category'][value='EXCLUSION']"))
                .isSelected());
        assertEquals("@someone", browser.findElement(By.id("report:involved")).getAttribute("value"));
        String saved = String.valueOf(js("return window.localStorage.getItem(arguments[0]);", DRAFT_KEY));
        assertFalse(saved.contains("reporterName"), "never the name");

        WebElement exit = browser.findElement(By.id("quick-exit"));
        assertEquals("https://www.wikipedia.org/", exit.getAttribute("href"));
        exit.click();
        wait.until(ExpectedConditions.urlContains("wikipedia.org"));

        open("report/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        assertEquals("", browser.findElement(By.id("report:description")).getAttribute("value"));
        assertNull(js("return window.localStorage.getItem(arguments[0]);", DRAFT_KEY));
        assertTrue(browser.findElement(By.id("quick-exit")).isDisplayed());
        open("report/follow.xhtml");
        assertTrue(browser.findElement(By.id("quick-exit")).isDisplayed(), "on every reporting page");
    }

    @Test
    void withoutJavaScriptEveryStepShowsAndTheReportIsSent() {
        start("fr", false);
        open("report/index.xhtml");
        assertEquals(5, visibleSteps(), "all steps show without JavaScript");
        assertEquals("https://www.wikipedia.org/", browser.findElement(By.id("quick-exit")).getAttribute("href"));
        click(By.cssSelector("input[name='report:category'][value='INSULTS']"));
        type(By.id("report:description"), "Des insultes tous les jours dans le bus");
        click(By.cssSelector("input[name='report:witness'][value='true']"));
        new Select(browser.findElement(By.id("report:schoolCode"))).selectByValue(SCHOOL);
        click(By.id("report:send"));
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code"))).getText();
        assertTrue(receipt.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), receipt);
        assertEquals(t("report.sent.title"), heading());
        assertTrue(browser.findElements(By.id("urgent-help")).isEmpty(), "not urgent");
    }

    @Test
    void aLargeFileSentWithTheFormIsNeverWrittenToTheServersTemporaryFolder(@TempDir Path dir) throws IOException {
        // Three MiB: over the 1 MiB the container used to keep in memory before writing a part to its disk.
        start("fr", false);
        Path conversation = dir.resolve("conversation-" + UUID.randomUUID().toString().substring(0, 8) + ".txt");
        Files.writeString(conversation, "Message copié de la conversation du groupe de classe.\n".repeat(58_000));
        long size = Files.size(conversation);
        assertTrue(size > 3L * 1024 * 1024, "over the old threshold: " + size);
        open("report/index.xhtml");
        click(By.cssSelector("input[name='report:category'][value='INSULTS']"));
        type(By.id("report:description"), "Les messages du groupe de classe, copiés dans le fichier joint.");
        click(By.cssSelector("input[name='report:witness'][value='false']"));
        new Select(browser.findElement(By.id("report:schoolCode"))).selectByValue(SCHOOL);
        browser.findElement(By.id("report:evidence")).sendKeys(conversation.toAbsolutePath().toString());

        try (ServerTempFiles temp = ServerTempFiles.watch()) {
            click(By.id("report:send"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")));
            assertEquals(List.of(), temp.multipartFiles(), "no part of the upload written under " + temp.runtime()
                    + " or java.io.tmpdir");
        }
        assertEquals(1L, Db.number("SELECT COUNT(*) FROM evidence_file WHERE file_name = ? AND size_bytes = ?"
                + " AND chunk_count = 4", conversation.getFileName().toString(), size), "stored, sealed in the vault");
    }

    @Test
    void aSignedInStudentHasTheirSchoolChosenAndStaysAnonymousUnlessTheyChoose() {
        start("fr", true);
        signIn("student.college");
        wait.until(ExpectedConditions.urlContains("/student/index.xhtml"));
        click(By.id("to-report"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        assertEquals(SCHOOL, new Select(browser.findElement(By.id("report:schoolCode")))
                .getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name='report:anonymous'][value='true']")).isSelected());
        open("index.xhtml");
        assertTrue(browser.findElement(By.id("to-report")).isDisplayed(), "the public page offers to report");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void fillWizard(String marker, Path file, boolean inDanger) {
        click(By.cssSelector("input[name='report:category'][value='INSULTS']"));
        type(By.id("report:description"), description(marker));
        setValue(By.id("report:occurredOn"), LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(7).toString());
        click(By.cssSelector("input[name='report:frequency'][value='EVERY_DAY']"));
        next(2);
        click(By.id("report:atSchool"));
        click(By.cssSelector("input[name='report:platforms'][value='INSTAGRAM']"));
        type(By.id("report:involved"), "@the_gang_42");
        click(By.cssSelector("input[name='report:witness'][value='false']"));
        next(3);
        assertTrue(browser.findElement(By.id("safety-reassurance")).isDisplayed(), "the reassurance is visible");
        assertFalse(browser.findElement(By.id("danger-help")).isDisplayed(), "no help block before a danger answer");
        if (inDanger) {
            click(By.id("report:threats"));
            // The help lines show at once, in place, on this step (issue 12).
            WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("danger-help")));
            for (String line : List.of("tel:112", "tel:3114", "tel:119", "tel:3018")) {
                assertFalse(help.findElements(By.cssSelector("a[href='" + line + "']")).isEmpty(), line);
            }
        }
        next(4);
        browser.findElement(By.id("report:evidence")).sendKeys(file.toAbsolutePath().toString());
        type(By.id("report:linkUrl0"), "https://example.org/posts/" + marker);
        setValue(By.id("report:linkSeenAt0"), LocalDateTime.now(ZoneId.of("Europe/Paris")).minusDays(1)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        type(By.id("report:linkNote0"), "the post with my photo");
        next(5);
        new Select(browser.findElement(By.id("report:schoolCode"))).selectByValue(SCHOOL);
        assertTrue(browser.findElement(By.cssSelector("input[name='report:anonymous'][value='true']")).isSelected(),
                "anonymous by default");
    }

    private static String description(String marker) {
        return "Every day <b>they</b> write that I am worthless. " + marker;
    }

    private void next(int expectedStep) {
        click(By.cssSelector(".wizard-step:not([hidden]) [data-wizard-next]"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("step-" + expectedStep + "-title")));
        assertEquals(title, browser.switchTo().activeElement(), "focus on the new step's heading");
    }

    private int visibleSteps() {
        return (int) browser.findElements(By.cssSelector(".wizard-step")).stream().filter(WebElement::isDisplayed)
                .count();
    }

    private void typeReceipt(String receipt) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open:receipt")));
        field.clear();
        field.sendKeys(receipt);
        click(By.id("open:go"));
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private Path download(Path dir, By button) throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        click(button);
        return waits.until("a non-empty haven-proof-*.txt in " + downloads, d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().matches("haven-proof-.*\\.txt")).findFirst()
                        .filter(f -> f.toFile().length() > 0).orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A picture of the page for people to look at (target/screenshots), phone-sized in the step test. */
    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    private void assertAccessible(String what) {
        List<String> violations = Axe.seriousViolations(browser);
        assertEquals(List.of(), violations, "axe-core, serious or critical, on the " + what);
    }

    private void start(String language, boolean javascript) {
        lang = language;
        browser = Browser.start(language, javascript);
        browsers.add(browser);
        wait = Waits.on(browser);
        waits = new Waits(browser);
    }

    private void open(String path) {
        URI base = Deployments.loopback(url);
        browser.get(base.resolve(path).toString());
    }

    private String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    private void click(By by) {
        waits.click(by);
    }

    private void type(By by, String text) {
        waits.type(by, text);
    }

    /** Date inputs take their value as the browser's locale writes it: set the ISO value the form sends. */
    private void setValue(By by, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, value);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** A text in the language of the page shown (a signed-in account's own language, else the browser's). */
    private String t(String key, Object... args) {
        String page = waits.until("the page's language (html lang)",
                d -> d.findElement(By.tagName("html")).getAttribute("lang"));
        return Messages.text(Locale.forLanguageTag(page == null || page.isBlank() ? lang : page), key, args);
    }

    private static Path png(Path file) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
