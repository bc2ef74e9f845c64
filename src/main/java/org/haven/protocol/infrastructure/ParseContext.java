package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
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

    /** A problem said the same in every language (the survey files' problems, still in English). */
    public void problem(int line, String message) {
        problems.add(new ProtocolProblem(file, line, message));
    }

    public void problem(Node node, String message) {
        problem(line(node), message);
    }

    /** A problem as a bundle key and its arguments (phrases, lists or what the file said), read in any language. */
    public void report(int line, String key, Object... args) {
        problems.add(new ProtocolProblem(file, line, Phrase.of(key, args)));
    }

    public void report(Node node, String key, Object... args) {
        report(line(node), key, args);
    }

    public List<ProtocolProblem> problems() {
        return problems;
    }

    public void languages(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** Whether the node is a valid id; says why not otherwise. */
    public boolean checkId(Node node, String id, Object what) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        report(node, "protocol.problem.id.invalid", what, id);
        return false;
    }

    /**
     * A text in each of the protocol's languages: a mapping {fr: ..., en: ...}, or a plain text when the
     * protocol has one language. Null (with a problem) when a language is missing.
     */
    public LocalizedText text(Node node, Object what) {
        if (node instanceof ScalarNode scalar) {
            if (languages.size() == 1 && !scalar.getValue().isBlank()) {
                return LocalizedText.of(languages.get(0), scalar.getValue().strip());
            }
            if (languages.size() > 1) {
                report(node, "protocol.problem.text.eachLanguage", what, languages,
                        "{" + languages.get(0) + ": \"...\", " + languages.get(1) + ": \"...\"}");
            } else {
                report(node, "protocol.problem.text.empty", what);
            }
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            report(node, "protocol.problem.text.notText", what);
            return null;
        }
        Map<String, String> found = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!languages.isEmpty() && !languages.contains(language)) {
                report(tuple.getKeyNode(), "protocol.problem.text.otherLanguage", what, language, languages);
                ok = false;
            } else if (!(tuple.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
                report(tuple.getValueNode(), "protocol.problem.text.emptyLanguage", what, language);
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
                report(node, "protocol.problem.text.missingLanguage", what, language);
                ok = false;
            }
        }
        if (languages.isEmpty()) {
            ordered.putAll(found);
        }
        return ok && !ordered.isEmpty() ? new LocalizedText(ordered) : null;
    }
}
