package org.haven.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the browser journeys of cases, families and safeguarding share: one headless Chromium per class (French),
 * the application's loopback URL, a REST client, signing in as a demo account, and the accessibility check.
 * Subclasses are marked {@link OnSharedServer}: they run against the one {@link SharedServer} of the test run.
 * Waits go through {@link Waits}, which re-locates elements that an Ajax update replaced.
 */
public abstract class BrowserJourney {

    protected static final String PASSWORD = "Demo-Haven-2026";
    protected static WebDriver browser;

    protected URL url = SharedServer.url();

    protected URI base;
    protected Api api;
    /** Stale-tolerant and bounded ({@link Waits#on}): ExpectedConditions on a By re-locate at every try. */
    protected WebDriverWait wait;
    protected Waits waits;

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
    void openTheApplication() {
        base = Deployments.loopback(url);
        api = new Api(base);
        wait = Waits.on(browser);
        waits = new Waits(browser);
        browser.manage().deleteAllCookies();
    }

    /** Signs in with the login form as this demo account, from a fresh session, and waits for its home page. */
    protected void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("login.xhtml").toString());
        waits.type(By.id("login:username"), username);
        waits.type(By.id("login:password"), PASSWORD);
        click("login:submit");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    protected void open(String path) {
        browser.get(base.resolve(path).toString());
    }

    /** Clicks the element of this id when clickable, then waits for the Ajax update it started ({@link Waits#click}). */
    protected void click(String id) {
        click(By.id(id));
    }

    protected void click(By by) {
        waits.click(by);
    }

    /**
     * Keeps the page as seen at 1280 and at 360 px wide, whole (not only the first screen), under
     * target/screenshots, for people to look at after a run (issue 23: every page's screenshots are test
     * artefacts). The window is back at 1280 x 900 afterwards.
     */
    protected void keepScreenshots(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            for (int width : new int[] {1280, 360}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                Map<String, Object> metrics = ((ChromeDriver) browser).executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                double height = Math.min(16000, ((Number) size.get("height")).doubleValue());
                Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot",
                        Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                                "height", height, "scale", 1)));
                Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + width + ".png"),
                        Base64.getDecoder().decode((String) shot.get("data")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    protected void assertAccessible(String what) {
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core, serious or critical, on the " + what);
    }

    /** A plausible answer to every field of a case step as the case API describes it, with this note. */
    protected static String stepAnswers(JsonObject step, String note) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (JsonObject f : step.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            String value = switch (f.getString("type")) {
                case "BOOLEAN" -> "false";
                case "DATE" -> LocalDate.now().toString();
                case "NUMBER" -> f.get("min") == null || f.get("min").getValueType() == JsonValue.ValueType.NULL
                        ? "1" : f.getJsonNumber("min").toString();
                case "CHOICE" -> f.getJsonArray("options").getJsonObject(0).getString("id");
                default -> "Réponse pour " + f.getString("id");
            };
            values.add(f.getString("id"), value);
        }
        return Json.createObjectBuilder().add("values", values).add("note", note).build().toString();
    }
}
