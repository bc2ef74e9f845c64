package org.haven.web;

import org.haven.platform.i18n.Messages;
import org.haven.testing.Axe;
import org.haven.testing.Browser;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.haven.testing.Waits;
import org.haven.training.domain.Question;
import org.haven.training.domain.TrainingModule;
import org.haven.training.infrastructure.ModuleFiles;
import org.haven.training.infrastructure.ModuleLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training in headless Chromium: a teacher reads a module's lessons (practising on a scenario), fails the quiz,
 * retries in a new order and passes, downloads the certificate; the head of school sees the school's compliance
 * change; anyone checks the certificate's code without an account. axe-core on every page, one of them phone-sized.
 */
@OnSharedServer
class TrainingJourneyIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static final String MODULE = "signs-of-harassment";
    private static final TrainingModule SIGNS = ModuleLoader.load(ModuleFiles.folder(Path.of("protocols", "training")))
            .modules().stream().filter(m -> m.id().equals(MODULE)).findFirst().orElseThrow();


    URL url = SharedServer.url();

    private WebDriver browser;
    private WebDriverWait wait;
    private Waits waits;

    @AfterEach
    void noScriptErrorsAndQuit() {
        try {
            List<String> severe = Browser.severeConsoleMessages(browser).stream()
                    .filter(m -> !m.contains("favicon.ico")).toList();
            assertEquals(List.of(), severe, "JavaScript errors or CSP violations in the console");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTeacherIsTrainedAndTheHeadSeesItAndAnyoneChecksTheCertificate(@TempDir Path dir) throws IOException {
        browser = Browser.start("en");
        wait = Waits.on(browser);
        waits = new Waits(browser);

        // The head's figures before.
        signIn("head.college");
        open("staff/training/compliance.xhtml");
        int trainedBefore = trained();
        assertAccessible("compliance page");

        // The teacher's list, the module, the lessons (one scenario practised), on a phone for the first lesson.
        signIn("teacher.college");
        click(By.linkText(t("nav.training")));
        assertEquals(t("training.my.title"), heading());
        assertAccessible("my training");
        click(By.linkText(SIGNS.title().in(pageLanguage())));
        assertAccessible("module page");
        click(By.id("start"));
        browser.manage().window().setSize(new Dimension(390, 844));
        assertEquals(SIGNS.lessons().getFirst().title().in(pageLanguage()),
                browser.findElement(By.id("lesson-title")).getText(), "the lesson in the page's language");
        WebElement scenario = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-scenario]")));
        Question practised = SIGNS.lessons().getFirst().scenarios().getFirst();
        choose(scenario, practised.answers().stream().filter(a -> !a.correct()).findFirst().orElseThrow().id());
        click(By.cssSelector("fieldset[data-scenario] button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".explanations")));
        assertTrue(browser.findElement(By.cssSelector(".explanations")).getText()
                .contains(practised.correctAnswer().explanation().in(pageLanguage())));
        assertAccessible("lesson with explanations, phone-sized");
        screenshot("training-lesson-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (int i = 0; i < SIGNS.lessons().size(); i++) {
            click(By.id("lesson-form:complete"));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("take-quiz")));

        // Fail, read the explanations, retry in a new order, pass.
        click(By.id("take-quiz"));
        answerQuiz(false);
        click(By.id("quiz-form:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("verdict"), t("training.quiz.failedText")));
        assertAccessible("failed quiz with explanations");
        click(By.id("quiz-form:retry"));
        answerQuiz(true);
        click(By.id("quiz-form:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("verdict"), t("training.quiz.passedText")));
        assertAccessible("passed quiz");
        screenshot("training-quiz-passed");
        Path pdf = download(dir, By.id("certificate"));
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace("\n", " ");
            assertTrue(text.contains("Collège Victor Hugo"), "the holder's school: " + text);
            assertTrue(text.matches("(?s).*https?://[^ ]+/verify\\.xhtml.*"), "a verification address one can open: "
                    + text);
        }
        Files.copy(pdf, Path.of("target", "screenshots", "training-certificate.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        open("staff/training/index.xhtml");
        String code = browser.findElement(By.cssSelector("#certificates tr[data-module='" + MODULE + "'] code"))
                .getText();

        // The head sees one more trained member of staff.
        signIn("head.college");
        open("staff/training/compliance.xhtml");
        assertEquals(trainedBefore + 1, trained());
        screenshot("training-compliance");

        // Anyone checks the code.
        browser.manage().deleteAllCookies();
        open("verify.xhtml");
        type(By.id("verify:code"), code.toLowerCase(Locale.ROOT));
        click(By.id("verify:check"));
        wait.until(ExpectedConditions.textToBe(By.id("verification-status"), t("training.verify.status.VALID")));
        assertEquals("Julien Perrin", browser.findElement(By.id("holder")).getText());
        assertEquals(SIGNS.title().en(), browser.findElement(By.id("module")).getText());
        assertAccessible("verification page");
    }

    private int trained() {
        return Integer.parseInt(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#by-school tr[data-module='" + MODULE + "'] td.trained"))).getText().strip());
    }

    private void answerQuiz(boolean right) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-question]")));
        for (WebElement fieldset : browser.findElements(By.cssSelector("fieldset[data-question]"))) {
            Question q = SIGNS.question(fieldset.getAttribute("data-question")).orElseThrow();
            choose(fieldset, right ? q.correctAnswer().id()
                    : q.answers().stream().filter(a -> !a.correct()).findFirst().orElseThrow().id());
        }
    }

    private void choose(WebElement fieldset, String answerId) {
        fieldset.findElement(By.cssSelector("input[type=radio][value='" + answerId + "']")).click();
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        type(By.id("login:username"), username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private Path download(Path dir, By link) throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        click(link);
        return waits.until("a non-empty certificate PDF in " + downloads, d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".pdf"))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void assertAccessible(String what) {
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core, serious or critical, on the " + what);
    }

    private void screenshot(String name) throws IOException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void open(String path) {
        URI base = Deployments.loopback(url);
        browser.get(base.resolve(path).toString());
    }

    private String heading() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1"))).getText();
    }

    private void click(By by) {
        waits.click(by);
    }

    private void type(By by, String text) {
        waits.type(by, text);
    }

    private String t(String key) {
        return Messages.text(Locale.forLanguageTag(pageLanguage()), key);
    }

    private String pageLanguage() {
        String page = waits.until("the page's language (html lang)",
                d -> d.findElement(By.tagName("html")).getAttribute("lang"));
        return page == null || page.isBlank() ? "en" : page;
    }
}
