package org.haven.training.infrastructure;

import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.TrainingModule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one module file (YAML) and the Markdown lessons it names, and checks everything a module needs (see
 * docs/training-modules.md). Either a module, or every problem found, each with its file and line.
 */
public final class ModuleParser {

    /** A module, or why it was refused. */
    public record Result(Optional<TrainingModule> module, List<ModuleProblem> problems, int idLine) {

        static Result refused(List<ModuleProblem> problems) {
            return new Result(Optional.empty(), List.copyOf(problems), 1);
        }
    }

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_ANSWERS = 6;

    private ModuleParser() {
    }

    /** @param file the module file's path relative to the training folder, e.g. {@code first-conversation/module.yaml} */
    public static Result parse(String file, ModuleFiles files) {
        YamlNodes y = new YamlNodes(file);
        Optional<String> text = files.text(file);
        if (text.isEmpty()) {
            y.problem(1, "file not found");
            return Result.refused(y.problems());
        }
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(10).build())
                    .composeString(text.get()).orElse(null);
        } catch (MarkedYamlEngineException e) {
            y.problem(e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1),
                    "not valid YAML: " + e.getProblem());
            return Result.refused(y.problems());
        } catch (YamlEngineException e) {
            y.problem(1, "not valid YAML: " + e.getMessage());
            return Result.refused(y.problems());
        }
        if (root == null) {
            y.problem(1, "the file is empty");
            return Result.refused(y.problems());
        }
        TrainingModule module = new ModuleReader(y, files, SafePaths.folderOf(file)).module(root);
        return y.problems().isEmpty() ? new Result(Optional.of(module), List.of(), idLine(root))
                : Result.refused(y.problems());
    }

    private static int idLine(Node root) {
        return ((MappingNode) root).getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals("id"))
                .findFirst().map(t -> YamlNodes.line(t.getKeyNode())).orElse(1);
    }
}
