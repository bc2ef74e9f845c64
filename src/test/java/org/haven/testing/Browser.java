package org.haven.testing;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntries;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;

/** Debian's headless Chromium driven by Debian's ChromeDriver, offline, with a fresh profile. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start(String language) {
        return start(language, true);
    }

    /**
     * A browser in this language, with or without JavaScript. Host names other than loopback never resolve, so
     * that a test that follows a link to another site (the quick exit) sends nothing out of this machine.
     */
    public static WebDriver start(String language, boolean javascript) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--lang=" + language, "--user-data-dir=" + Files.createTempDirectory("haven-chromium"),
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", javascript ? java.util.Map.of("intl.accept_languages", language)
                : java.util.Map.of("intl.accept_languages", language,
                "profile.managed_default_content_settings.javascript", 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Severe console messages (JavaScript errors, CSP violations) since the last call. */
    public static List<String> severeConsoleMessages(WebDriver driver) {
        LogEntries entries = driver.manage().logs().get(LogType.BROWSER);
        return entries.getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
