package org.haven.web;

import org.haven.testing.Browser;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.haven.testing.Waits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walking skeleton's journeys in headless Chromium: sign in as each role, languages, access, admin work. */
@OnSharedServer
class WebJourneyIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static WebDriver browser;


    URL url = SharedServer.url();

    private URI base;
    private WebDriverWait wait;
    private Waits waits;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("fr");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        wait = Waits.on(browser);
        waits = new Waits(browser);
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void noScriptErrors() {
        List<String> severe = Browser.severeConsoleMessages(browser).stream()
                .filter(m -> !m.contains("favicon.ico"))
                .filter(m -> !m.contains("403") && !m.contains("404"))
                .toList();
        assertEquals(List.of(), severe, "JavaScript errors or CSP violations in the console");
    }

    @ParameterizedTest
    @CsvSource({"admin,/admin/index.xhtml,Administration", "lead,/district/index.xhtml,Vue d’ensemble",
            "head.college,/staff/index.xhtml,Mon établissement", "referent.lycee,/staff/index.xhtml,Mon établissement",
            "teacher.ecole,/staff/index.xhtml,Mon établissement", "student.college,/student/index.xhtml,Mon espace",
            "parent.college,/parent/index.xhtml,Mes enfants"})
    void everyDemoLoginReachesItsHomePage(String username, String path, String heading) {
        signIn(username, PASSWORD);

        wait.until(ExpectedConditions.urlContains(path));
        assertEquals(heading, browser.findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.findElement(By.id("user:logout")).isDisplayed());
    }

    @Test
    void aParentSeesTheirChildOnTheirHomePage() {
        signIn("parent.college", PASSWORD);

        wait.until(ExpectedConditions.urlContains("/parent/index.xhtml"));
        assertTrue(browser.findElement(By.id("children")).getText().contains("Léa"));
    }

    @Test
    void aWrongPasswordGetsOneMessageThatRevealsNothing() {
        signIn("teacher.lycee", "not-the-password");

        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertTrue(message.getText().contains("L’identifiant ou le mot de passe est incorrect."), message.getText());
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        signIn("no.such.person", "not-the-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertTrue(waits.text(By.id("messages")).contains("L’identifiant ou le mot de passe est incorrect."));
    }

    @Test
    void theLanguageSwitchChangesThePageAndStays() {
        browser.get(base.resolve("login.xhtml").toString());
        assertEquals("Connexion", browser.findElement(By.cssSelector("main h1")).getText());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));

        waits.click(By.id("lang:en"));

        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Sign in"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        signIn("student.lycee", PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "My space"));
    }

    @Test
    void aStudentCannotOpenAdminOrStaffPages() {
        signIn("student.ecole", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/student/index.xhtml"));

        browser.get(base.resolve("admin/schools.xhtml").toString());
        assertEquals("Accès refusé", browser.findElement(By.cssSelector("main h1")).getText());
        browser.get(base.resolve("staff/index.xhtml").toString());
        assertEquals("Accès refusé", browser.findElement(By.cssSelector("main h1")).getText());
        assertFalse(browser.getPageSource().contains("Établissements du district"));
    }

    @Test
    void aProtectedPageAsksForLoginThenOpensAndLogoutEndsTheSession() {
        browser.get(base.resolve("staff/index.xhtml").toString());
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        fillLogin("referent.college", PASSWORD);

        wait.until(ExpectedConditions.urlContains("/staff/index.xhtml"));
        waits.click(By.id("user:logout"));
        wait.until(ExpectedConditions.urlContains("signedOut=true"));
        browser.get(base.resolve("staff/index.xhtml").toString());
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void theAdminAddsASchoolAfterFixingTheForm() {
        signIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        browser.get(base.resolve("admin/schools.xhtml").toString());
        String code = "WEB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        waits.click(By.id("create:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"),
                "Saisissez le code de l’établissement."));
        browser.findElement(By.id("create:code")).sendKeys(code);
        browser.findElement(By.id("create:name")).sendKeys("Collège Simone Veil");
        chooseLevel("Collège");
        waits.click(By.id("create:save"));

        Waits.on(browser).withMessage(() -> "form says: " + browser.findElement(By.id("create")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        "L’établissement Collège Simone Veil a été ajouté."));
        browser.findElement(By.id("list:search")).sendKeys(code);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:schools"), code));
    }

    @Test
    void theAdminImportsARosterOnlyOnceItHasNoBadLine(@TempDir Path dir) throws IOException {
        signIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        String p = "web" + UUID.randomUUID().toString().substring(0, 6);
        String header = "kind,ref,first_name,last_name,school,class,birth_date,email,role,children,username\n";
        Path bad = Files.writeString(dir.resolve("bad.csv"), header
                + "student," + p + "-1,Jade,Roy,DEMO-COLLEGE,6e C,2014-02-03,,,,\n"
                + "parent-ish," + p + "-2,Luc,Roy,,,,luc.roy@example.org,,,\n"
                + "student," + p + "-3,Eva,Roy,DEMO-COLLEGE,6e C,2099-01-01,,,,\n"
                + "student," + p + "-4,Noé,Roy,NOPE,6e C,,,,,\n", StandardCharsets.UTF_8);
        Path fine = Files.writeString(dir.resolve("good.csv"), header
                + "student," + p + "-1,Jade,Roy,DEMO-COLLEGE,6e C,2014-02-03,,,,\n"
                + "parent," + p + "-2,Luc,Roy,,,,luc.roy@example.org,," + p + "-1," + p + ".luc\n",
                StandardCharsets.UTF_8);

        upload(bad);
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertTrue(errors.getText().contains("Ligne 3"), errors.getText());
        assertTrue(errors.getText().contains("Ligne 4"), errors.getText());
        assertTrue(errors.getText().contains("Ligne 5 : Aucun établissement n’a le code NOPE. (champ Établissement,"
                + " colonne school)"), errors.getText());
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Rien n’a été importé"));

        upload(fine);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Importé : 1 élèves, 1 parents, 0 personnels, 1 comptes."));
    }

    @Test
    void theAdminAddsAHelpLineThatPupilsThenSeeAndCanSwitchItOff() {
        signIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        browser.get(base.resolve("admin/resources.xhtml").toString());
        String phone = "0800 " + (100 + (int) (Math.random() * 800)) + " 321";

        waits.click(By.id("add:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add"), "Choisissez au moins un risque."));
        browser.findElement(By.id("add:phone")).sendKeys(phone);
        browser.findElement(By.id("add:nameFr")).sendKeys("Écoute Jeunes");
        browser.findElement(By.id("add:nameEn")).sendKeys("Youth Listening");
        browser.findElement(By.id("add:purposeFr")).sendKeys("Parler à quelqu’un.");
        browser.findElement(By.id("add:purposeEn")).sendKeys("Talk to someone.");
        browser.findElement(By.id("add:hoursFr")).sendKeys("24 h/24");
        browser.findElement(By.id("add:hoursEn")).sendKeys("24/7");
        waits.click(By.cssSelector("label[for='add:risks:0']"));
        waits.click(By.id("add:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:resources"), phone));

        org.haven.testing.Api api = new org.haven.testing.Api(base);
        assertTrue(api.get("api/v1/resources?country=FR", null, "en").body().contains("Youth Listening"));
        By rows = By.cssSelector("#list\\:resources tbody tr");
        waits.until("the row of " + phone + " to switch it off", d -> d.findElements(rows).stream()
                .filter(r -> r.getText().contains(phone)).findFirst()
                .map(r -> {
                    r.findElement(By.tagName("button")).click();
                    return true;
                }).orElse(false));
        waits.ajaxIdle();
        waits.until("the row of " + phone + " to say Inactif", d -> d.findElements(rows).stream()
                .anyMatch(r -> r.getText().contains(phone) && r.getText().contains("Inactif")));
        assertFalse(api.get("api/v1/resources?country=FR", null, "en").body().contains("Youth Listening"));
    }

    private void upload(Path file) {
        browser.get(base.resolve("admin/import.xhtml").toString());
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        waits.click(By.id("upload:send"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
    }

    private void chooseLevel(String label) {
        waits.chooseFromMenu("create:level", label);
    }

    private void signIn(String username, String password) {
        browser.get(base.resolve("login.xhtml").toString());
        fillLogin(username, password);
    }

    private void fillLogin(String username, String password) {
        waits.type(By.id("login:username"), username);
        waits.type(By.id("login:password"), password);
        waits.click(By.id("login:submit"));
    }
}
