package org.haven.signin.web;

import org.haven.signin.TestStaff;
import org.haven.testing.Api;
import org.haven.testing.Browser;
import org.haven.testing.Deployments;
import org.haven.testing.Waits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district turns the second factor on (issue 21): a server of its own, with haven.totp.required=true in a
 * configuration file of higher ordinal than the WAR's (the tests' environment keeps demo mode, where it is off). A
 * referent without a second factor is sent to set one up before any page, and the API refuses a token until then;
 * a teacher (not a required role) is not asked. Fresh accounts only: the Arquillian classes share one database.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorRequiredIT {

    private static final String PASSWORD = "Demo-Haven-2026";
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.haven().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "second-factor-required.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=150\nhaven.totp.required=true\n"),
                        "microprofile-config.properties"));
    }

    @ArquillianResource
    URL url;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("en");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReferentMustEnrolBeforeAnythingElseAndTheApiWaitsForIt() {
        URI base = Deployments.loopback(url);
        Api api = new Api(base);
        Waits waits = new Waits(browser);
        String username = TestStaff.newReferent("tfa-required");

        Api.Answer refused = api.post("api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\"}", null, "en");
        assertEquals(403, refused.status(), refused.body());
        assertEquals(200, api.post("api/v1/auth/token", "{\"username\":\"teacher.college\",\"password\":\""
                + PASSWORD + "\"}", null, "en").status(), "a teacher is not a required role");

        browser.manage().deleteAllCookies();
        browser.get(base.resolve("login.xhtml").toString());
        waits.type(By.id("login:username"), username);
        waits.type(By.id("login:password"), PASSWORD);
        waits.click(By.id("login:submit"));
        waits.until(ExpectedConditions.urlContains("account/second-factor.xhtml"));
        browser.get(base.resolve("staff/cases.xhtml").toString());
        waits.until(ExpectedConditions.urlContains("account/second-factor.xhtml"));
        assertTrue(browser.findElements(By.id("required")).size() == 1, "the page says why");

        waits.click(By.id("start:startSubmit"));
        String secret = waits.text(By.id("totp-secret"));
        waits.type(By.id("enrol:code"), TestStaff.codeAt(secret, 0));
        waits.click(By.id("enrol:confirm"));
        waits.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
        browser.get(base.resolve("staff/cases.xhtml").toString());
        waits.until(ExpectedConditions.urlContains("staff/cases.xhtml"));

        assertEquals(200, api.post("api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"code\":\"" + TestStaff.codeAt(secret, 1) + "\"}", null, "en").status());
    }
}
