package org.haven.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (deploy/test.sh fetches it from the npm registry into target/axe) in the page the browser shows,
 * injected through WebDriver, which the page's Content-Security-Policy does not govern. Missing axe-core is a
 * failure, never a skip.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of(System.getProperty("haven.axe",
            "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations of the page as shown now, one readable line each (empty: none). */
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(function (r) { done(JSON.stringify(r.violations)); })
                  .catch(function (e) { done('ERROR ' + e); });
                """);
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new AssertionError("axe-core failed: " + json);
        }
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        List<String> lines = new ArrayList<>();
        for (JsonObject v : violations.getValuesAs(JsonObject.class)) {
            String impact = v.getString("impact", "");
            if (BLOCKING.contains(impact)) {
                List<String> targets = new ArrayList<>();
                for (JsonObject node : v.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                    targets.add(node.getJsonArray("target").toString());
                }
                lines.add(impact + " " + v.getString("id") + ": " + v.getString("help") + " " + targets);
            }
        }
        return lines;
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new AssertionError("axe-core is missing at " + SCRIPT.toAbsolutePath()
                        + ": run ./deploy/test.sh, or npm install --no-save --no-package-lock --prefix target/axe"
                        + " axe-core@4.10.3");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("axe-core could not be read: " + e, e);
            }
        }
        return source;
    }
}
