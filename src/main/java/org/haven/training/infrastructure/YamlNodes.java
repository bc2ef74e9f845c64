package org.haven.training.infrastructure;

import org.haven.training.domain.Localized;
import org.haven.training.domain.ModuleProblem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads composed YAML nodes of one file and collects every problem with its line, so that a module file is
 * refused with all its errors at once, each as {@code file:line: message}.
 */
final class YamlNodes {

    private final String file;
    private final List<ModuleProblem> problems = new ArrayList<>();

    YamlNodes(String file) {
        this.file = file;
    }

    List<ModuleProblem> problems() {
        return problems;
    }

    String file() {
        return file;
    }

    void problem(Node at, String message) {
        problems.add(new ModuleProblem(file, line(at), message));
    }

    void problem(int line, String message) {
        problems.add(new ModuleProblem(file, line, message));
    }

    static int line(Node node) {
        return node == null ? 1 : node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /**
     * The entries of a mapping by key, in order; unknown and repeated keys are problems, and so are missing
     * required ones. Empty when the node is not a mapping.
     */
    Optional<Map<String, Node>> mapping(Node node, String what, List<String> required, List<String> optional) {
        if (!(node instanceof MappingNode m)) {
            problem(node, what + " must be a mapping of keys to values");
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), what + ": keys must be plain words");
                continue;
            }
            String key = k.getValue();
            if (entries.containsKey(key)) {
                problem(k, what + ": key '" + key + "' is repeated");
            } else if (!required.contains(key) && !optional.contains(key)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                problem(k, what + ": unknown key '" + key + "' (expected one of " + String.join(", ", known) + ")");
            } else {
                entries.put(key, t.getValueNode());
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                problem(node, what + ": '" + key + "' is missing");
            }
        }
        return Optional.of(entries);
    }

    Optional<List<Node>> list(Node node, String what) {
        if (!(node instanceof SequenceNode s)) {
            problem(node, what + " must be a list");
            return Optional.empty();
        }
        return Optional.of(s.getValue());
    }

    /** A non-blank single-line-or-more text. */
    Optional<String> text(Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(node, what + " must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(s.getValue().strip());
    }

    Optional<Integer> integer(Node node, String what, int min, int max) {
        Optional<String> t = text(node, what);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            int v = Integer.parseInt(t.get());
            if (v >= min && v <= max) {
                return Optional.of(v);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(node, what + " must be a whole number from " + min + " to " + max + ", not '" + t.get() + "'");
        return Optional.empty();
    }

    Optional<Boolean> bool(Node node, String what) {
        Optional<String> t = text(node, what);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return switch (t.get()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problem(node, what + " must be true or false, not '" + t.get() + "'");
                yield Optional.empty();
            }
        };
    }

    /** A text in French and English: {@code {fr: ..., en: ...}}, both required and non-empty. */
    Optional<Localized> localized(Node node, String what) {
        Optional<Map<String, Node>> m = mapping(node, what, List.of("fr", "en"), List.of());
        if (m.isEmpty() || !m.get().containsKey("fr") || !m.get().containsKey("en")) {
            return Optional.empty();
        }
        Optional<String> fr = text(m.get().get("fr"), what + " (fr)");
        Optional<String> en = text(m.get().get("en"), what + " (en)");
        return fr.isPresent() && en.isPresent() ? Optional.of(new Localized(fr.get(), en.get())) : Optional.empty();
    }
}
