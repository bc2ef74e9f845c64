package org.haven.surveys.infrastructure;

import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;
import org.haven.surveys.domain.SurveyDefinition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks questionnaire files before they are shipped: {@code deploy/validate-survey.sh protocols/surveys/x.yaml}.
 * Prints "OK file: id version n, k questions" or each problem as "file:line: message"; exits 0 when every file is
 * valid, 1 otherwise (as deploy/validate-protocol.sh does for protocols).
 */
public final class ValidateSurveyCommand {

    private ValidateSurveyCommand() {
    }

    public static void main(String[] files) {
        System.exit(run(List.of(files), System.out));
    }

    /** Validates each file, printing to {@code out}; returns the exit code. */
    public static int run(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("usage: validate-survey.sh <survey.yaml>...");
            return 1;
        }
        SurveyParser parser = new SurveyParser();
        boolean allValid = true;
        for (String file : files) {
            try {
                SurveyDefinition s = parser.parse(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
                out.println("OK " + file + ": " + s.id() + " version " + s.version() + ", " + s.questions().size()
                        + " questions");
            } catch (MalformedInputException e) {
                out.println(new ProtocolProblem(file, 1, "the file is not UTF-8 text"));
                allValid = false;
            } catch (IOException e) {
                out.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                allValid = false;
            } catch (ProtocolInvalidException e) {
                e.problems().forEach(out::println);
                allValid = false;
            }
        }
        return allValid ? 0 : 1;
    }
}
