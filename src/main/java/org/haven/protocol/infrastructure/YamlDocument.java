package org.haven.protocol.infrastructure;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.Optional;

/** Turns a YAML text into its node tree, reporting a syntax error as a problem with its line, not an exception. */
public final class YamlDocument {

    private YamlDocument() {
    }

    /** The YAML document's root node; a syntax error becomes a problem with its line. Shared with the survey files. */
    public static Optional<Node> compose(ParseContext context, String yamlText) {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("protocol").build();
            return new Compose(settings).composeString(yamlText == null ? "" : yamlText);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            context.report(line, "protocol.problem.yaml", e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (ReaderException e) {
            context.report(lineAt(yamlText, e.getPosition()), "protocol.problem.yaml.character",
                    String.valueOf(e.getCodePoint()));
        } catch (YamlEngineException e) {
            context.report(1, "protocol.problem.yaml", e.getMessage());
        }
        return Optional.empty();
    }

    private static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
