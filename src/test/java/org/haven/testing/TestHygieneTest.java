package org.haven.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the tests from waiting in the two ways that made them flaky (issue 22): a fixed sleep (too short on a
 * loaded machine, too long everywhere else; {@link Awaiting} polls instead), and a raw WebDriverWait, which stops
 * on an element an Ajax update replaced ({@link Waits} re-locates it).
 */
class TestHygieneTest {

    private static final Path TESTS = Path.of("src", "test", "java");

    @Test
    void noTestSleeps() throws IOException {
        assertEquals(List.of(), linesWith("Thread.sleep(", "TestHygieneTest.java"),
                "poll with Awaiting (bounded, says what it waits for) instead of sleeping");
    }

    @Test
    void browserWaitsComeFromWaits() throws IOException {
        assertEquals(List.of(), linesWith("new WebDriverWait(", "Waits.java", "TestHygieneTest.java"),
                "use Waits.on(driver) or a Waits method: a raw WebDriverWait fails on a replaced element");
    }

    private static List<String> linesWith(String text, String... exempt) throws IOException {
        assertTrue(Files.isDirectory(TESTS), "run from the project directory: " + TESTS.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (List.of(exempt).contains(file.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        found.add(TESTS.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
