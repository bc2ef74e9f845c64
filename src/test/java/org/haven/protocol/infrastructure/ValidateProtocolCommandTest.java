package org.haven.protocol.infrastructure;

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

class ValidateProtocolCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(String... files) {
        return ValidateProtocolCommand.run(List.of(files), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    private List<String> output() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validFilesExitZero() {
        assertEquals(0, run("protocols/fr-secondary.yaml", "protocols/generic.yaml"));
        assertEquals(List.of("OK protocols/fr-secondary.yaml: fr-secondary version 2, 14 steps",
                "OK protocols/generic.yaml: generic version 2, 8 steps"), output());
    }

    @Test
    void problemsArePrintedWithFileAndLineAndExitOne() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, BundledProtocols.read("generic.yaml")
                .replace("owner: head_of_school\n    due: 3 school days", "owner: principal\n    due: 3 school days")
                .replace("version: 2", "version: 0"));
        assertEquals(1, run("protocols/generic.yaml", draft.toString()));
        assertEquals(List.of("OK protocols/generic.yaml: generic version 2, 8 steps",
                draft + ":4: the protocol version must be a positive whole number (1, 2, ...), not '0'",
                draft + ":128: step 'meet-parents' has owner 'principal', which is not a role; use one of "
                        + "teacher, staff, referent, head_of_school"), output());
    }

    @Test
    void missingFileAndNoArguments() {
        assertEquals(1, run(dir.resolve("nothing.yaml").toString()));
        assertEquals(List.of(dir.resolve("nothing.yaml") + ": cannot be read (NoSuchFileException)"), output());
        buffer.reset();
        assertEquals(1, run());
        assertEquals(List.of("usage: validate-protocol.sh <protocol.yaml>..."), output());
    }
}
