package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.ProtocolProblem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The problems found so far in one file, and the protocol's languages once known (to check texts). Public so that
 * the survey files (org.haven.surveys) are read with the same file:line problems rather than a copy of them.
 */
public final class ParseContext {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final List<ProtocolProblem> problems = new ArrayList<>();
    private List<String> languages = List.of();

    public ParseContext(String file) {
        this.file = file;
    }

    public static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    public void problem(int line, String message) {
        problems.add(new ProtocolProblem(file, line, message));
    }

    public void problem(Node node, String message) {
        problem(line(node), message);
    }

    public List<ProtocolProblem> problems() {
        return problems;
    }

    public void languages(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** Whether the node is a valid id; says why not otherwise. */
    public boolean checkId(Node node, String id, String what) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        problem(node, what + " id '" + id + "' is not valid; use lowercase letters, digits and dashes "
                + "(for example 'inform-parents')");
        return false;
    }

    /**
     * A text in each of the protocol's languages: a mapping {fr: ..., en: ...}, or a plain text when the
     * protocol has one language. Null (with a problem) when a language is missing.
     */
    public LocalizedText text(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            if (languages.size() == 1 && !scalar.getValue().isBlank()) {
                return LocalizedText.of(languages.get(0), scalar.getValue().strip());
            }
            if (languages.size() > 1) {
                problem(node, what + " must be given in each language of the protocol ("
                        + String.join(", ", languages) + "), for example {" + languages.get(0) + ": \"...\", "
                        + languages.get(1) + ": \"...\"}");
            } else {
                problem(node, what + " is empty");
            }
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a text or a mapping of language to text");
            return null;
        }
        Map<String, String> found = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!languages.isEmpty() && !languages.contains(language)) {
                problem(tuple.getKeyNode(), what + " has a text in '" + language
                        + "', which is not one of the protocol's languages (" + String.join(", ", languages) + ")");
                ok = false;
            } else if (!(tuple.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
                problem(tuple.getValueNode(), what + " has an empty '" + language + "' text");
                ok = false;
            } else {
                found.put(language, v.getValue().strip());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String language : languages) {
            if (found.containsKey(language)) {
                ordered.put(language, found.get(language));
            } else if (ok) {
                problem(node, what + " has no '" + language + "' text");
                ok = false;
            }
        }
        if (languages.isEmpty()) {
            ordered.putAll(found);
        }
        return ok && !ordered.isEmpty() ? new LocalizedText(ordered) : null;
    }
}
