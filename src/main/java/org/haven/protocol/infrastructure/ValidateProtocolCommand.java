package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks protocol files before they are uploaded: {@code deploy/validate-protocol.sh protocols/my-draft.yaml}.
 * Prints "OK file: id version n, k steps" or each problem as "file:line: message"; exits 0 when every file is
 * valid, 1 otherwise.
 */
public final class ValidateProtocolCommand {

    private ValidateProtocolCommand() {
    }

    public static void main(String[] files) {
        System.exit(run(List.of(files), System.out));
    }

    /** Validates each file, printing to {@code out}; returns the exit code. */
    public static int run(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("usage: validate-protocol.sh <protocol.yaml>...");
            return 1;
        }
        ProtocolParser parser = new ProtocolParser();
        boolean allValid = true;
        for (String file : files) {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                out.println(new ProtocolProblem(file, 1, "the file is not UTF-8 text"));
                allValid = false;
                continue;
            } catch (IOException e) {
                out.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                allValid = false;
                continue;
            }
            try {
                ProtocolDefinition protocol = parser.parse(file, text);
                out.println("OK " + file + ": " + protocol.id() + " version " + protocol.version() + ", "
                        + protocol.steps().size() + " steps");
            } catch (ProtocolInvalidException e) {
                e.problems().forEach(out::println);
                allValid = false;
            }
        }
        return allValid ? 0 : 1;
    }
}
