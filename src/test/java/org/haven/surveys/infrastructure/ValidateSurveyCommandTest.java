package org.haven.surveys.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidateSurveyCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(String... files) {
        return ValidateSurveyCommand.run(List.of(files), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    private List<String> output() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void shippedFilesAreValid() {
        assertEquals(0, run("protocols/surveys/pupils-primary.yaml", "protocols/surveys/pupils-secondary.yaml"));
        assertEquals(List.of("OK protocols/surveys/pupils-primary.yaml: pupils-primary version 1, 13 questions",
                "OK protocols/surveys/pupils-secondary.yaml: pupils-secondary version 1, 15 questions"), output());
    }

    @Test
    void problemsArePrintedWithFileAndLineAndExitOne() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, "id: Draft\nversion: 1\ntitle: x\nlanguages: [fr]\nlevels: [primary]\n"
                + "questions:\n  - id: name\n    kind: text\n    text: Ton nom ?\n");
        assertEquals(1, run(draft.toString(), dir.resolve("missing.yaml").toString()));
        List<String> out = output();
        assertEquals(draft + ":1: the survey id 'Draft' is not valid; use lowercase letters, digits and dashes (for "
                + "example 'inform-parents')", out.get(0));
        assertEquals(draft + ":7: question 'name' asks who the pupil is; survey answers are anonymous, so no question"
                + " may ask for a name, class, contact or birth date", out.get(1));
        assertEquals(dir.resolve("missing.yaml") + ": cannot be read (NoSuchFileException)", out.get(2));
    }
}
