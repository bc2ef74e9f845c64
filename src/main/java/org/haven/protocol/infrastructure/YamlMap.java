package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.Phrase;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping of a protocol file read with its allowed keys: unknown and repeated keys are reported at once,
 * and each typed read reports a missing or wrong-typed value with the line, naming {@code what} ("step 'x'").
 */
public final class YamlMap {

    private final ParseContext context;
    private final Node node;
    /** What the mapping is, for messages: a {@link Phrase} ("step 'x'") or a plain text (survey files). */
    private final Object what;
    private final Map<String, Node> values = new LinkedHashMap<>();
    /** Allowed keys that an unknown key was probably meant to be: not reported missing a second time. */
    private final Set<String> misspelt = new HashSet<>();

    private YamlMap(ParseContext context, Node node, Object what) {
        this.context = context;
        this.node = node;
        this.what = what;
    }

    /** "step 'acknowledge'" when the mapping has an id, else "step 2". */
    public static String name(String kind, int index, Node node) {
        return idOf(node).map(id -> kind + " '" + id + "'").orElse(kind + " " + index);
    }

    /**
     * "step 'acknowledge'" when the mapping has an id, else "step 2", as a phrase: {@code kind} names the bundle
     * keys protocol.what.KIND (with an id) and protocol.what.KIND.n (with a number).
     */
    public static Phrase phrase(String kind, int index, Node node) {
        return idOf(node).map(id -> Phrase.of("protocol.what." + kind, id))
                .orElse(Phrase.of("protocol.what." + kind + ".n", index));
    }

    /** The mapping, or null (with a problem) when the node is not a mapping. */
    public static YamlMap of(ParseContext context, Node node, Object what, List<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            context.report(node, "protocol.problem.map.notMapping", what, allowedKeys);
            return null;
        }
        YamlMap map = new YamlMap(context, node, what);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (!allowedKeys.contains(key)) {
                Suggestions.closest(key, allowedKeys).ifPresent(map.misspelt::add);
                context.report(tuple.getKeyNode(), "protocol.problem.map.unknownKey", what, key,
                        Suggestions.didYouMean(key, allowedKeys), allowedKeys);
            } else if (map.values.containsKey(key)) {
                context.report(tuple.getKeyNode(), "protocol.problem.map.keyTwice", what, key,
                        ParseContext.line(map.values.get(key)));
            } else {
                map.values.put(key, tuple.getValueNode());
            }
        }
        return map;
    }

    public int line() {
        return ParseContext.line(node);
    }

    public Node mapping() {
        return node;
    }

    /** The value node, or null when the key is absent or its value is empty (null). */
    public Node get(String key) {
        Node value = values.get(key);
        if (value instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty())) {
            return null;
        }
        return value;
    }

    /** The value node, reporting a missing key with the given hint (a phrase, a plain text or null). */
    public Node require(String key, Object hint) {
        Node value = get(key);
        if (value == null && !misspelt.contains(key)) {
            context.report(values.containsKey(key) ? values.get(key) : node, "protocol.problem.map.missing", what,
                    key, hint == null ? "" : hint);
        }
        return value;
    }

    public String string(String key, boolean required) {
        Node value = required ? require(key, null) : get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            context.report(value, "protocol.problem.map.notScalar", what, key);
            return null;
        }
        return scalar.getValue().strip();
    }

    public boolean bool(String key, boolean otherwise) {
        String text = string(key, false);
        if (text == null) {
            return otherwise;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        context.report(get(key), "protocol.problem.map.notBoolean", what, key, text);
        return otherwise;
    }

    /** A whole number, or null (with a problem when present but not a number). */
    public Integer integer(String key) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            context.report(get(key), "protocol.problem.map.notNumber", what, key, text);
            return null;
        }
    }

    /** The items of a list, empty when absent; a problem when the value is not a list. */
    public List<Node> list(String key, boolean required) {
        Node value = required ? require(key, null) : get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            context.report(value, "protocol.problem.map.notList", what, key);
            return List.of();
        }
        return sequence.getValue();
    }

    /** The items of a list of single values, as (node, text) pairs; wrong-typed items are reported and left out. */
    public List<Item> strings(String key, boolean required) {
        List<Item> items = new ArrayList<>();
        for (Node item : list(key, required)) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                items.add(new Item(item, s.getValue().strip()));
            } else {
                context.report(item, "protocol.problem.map.itemNotScalar", what, key);
            }
        }
        return items;
    }

    /** The "id" of a mapping node, if it has a single-valued one; reports nothing. */
    public static Optional<String> idOf(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return Optional.of(v.getValue().strip());
                }
            }
        }
        return Optional.empty();
    }

    public record Item(Node node, String text) {
    }
}
