package org.haven.protocol.infrastructure;

import org.haven.platform.text.Texts;
import org.haven.protocol.domain.ChoiceOption;
import org.haven.protocol.domain.FieldType;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one field of a protocol's form: its type, label and help, choice options and number bounds. */
final class FieldsReader {

    private static final List<String> FIELD_KEYS = List.of("id", "type", "label", "help", "required", "options",
            "min", "max");
    private static final List<String> OPTION_KEYS = List.of("id", "label");
    private static final List<String> TYPES = Arrays.stream(FieldType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    private final ParseContext context;

    FieldsReader(ParseContext context) {
        this.context = context;
    }

    FormField field(Node node, Phrase form, Map<String, Integer> seen) {
        YamlMap map = YamlMap.of(context, node, YamlMap.idOf(node).map(id -> Phrase.of("protocol.what.field", id, form))
                .orElse(Phrase.of("protocol.what.field.any", form)), FIELD_KEYS);
        if (map == null) {
            return null;
        }
        String id = map.string("id", true);
        if (id != null && !context.checkId(map.get("id"), id, Phrase.of("protocol.kind.field"))) {
            id = null;
        }
        if (id != null) {
            Integer first = seen.putIfAbsent(id, map.line());
            if (first != null) {
                context.report(map.get("id"), "protocol.problem.field.idTwice", id, form, first);
                id = null;
            }
        }
        Phrase what = id == null ? Phrase.of("protocol.what.field.any", form)
                : Phrase.of("protocol.what.field", id, form);
        FieldType type = type(map, what);
        Node labelNode = map.require("label", null);
        LocalizedText label = labelNode == null ? null
                : context.text(labelNode, Phrase.of("protocol.what.part.label", what));
        Node helpNode = map.get("help");
        LocalizedText help = helpNode == null ? null
                : context.text(helpNode, Phrase.of("protocol.what.part.help", what));
        boolean required = map.bool("required", false);
        List<ChoiceOption> options = options(map, what);
        Integer min = map.integer("min");
        Integer max = map.integer("max");
        boolean ok = checkShape(map, what, type, options, min, max);
        if (!ok || id == null || type == null || label == null || (helpNode != null && help == null)
                || options == null) {
            return null;
        }
        return new FormField(id, type, label, help, required, options, min, max);
    }

    private FieldType type(YamlMap map, Phrase what) {
        String text = map.string("type", true);
        if (text == null) {
            return null;
        }
        if (!TYPES.contains(text)) {
            context.report(map.get("type"), "protocol.problem.field.type", what, text,
                    Suggestions.didYouMean(text, TYPES), TYPES);
            return null;
        }
        return Texts.enumNamed(FieldType.class, text);
    }

    private List<ChoiceOption> options(YamlMap map, Phrase what) {
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node node : map.list("options", false)) {
            YamlMap option = YamlMap.of(context, node, Phrase.of("protocol.what.option.any", what), OPTION_KEYS);
            if (option == null) {
                ok = false;
                continue;
            }
            String id = option.string("id", true);
            if (id != null && context.checkId(option.get("id"), id, Phrase.of("protocol.kind.option"))) {
                Integer first = seen.putIfAbsent(id, option.line());
                if (first != null) {
                    context.report(option.get("id"), "protocol.problem.option.idTwice", id, what, first);
                    id = null;
                }
            } else {
                id = null;
            }
            Node labelNode = option.require("label", null);
            LocalizedText label = labelNode == null ? null
                    : context.text(labelNode, Phrase.of("protocol.what.part.label",
                    Phrase.of("protocol.what.option", String.valueOf(id), what)));
            if (id == null || label == null) {
                ok = false;
            } else {
                options.add(new ChoiceOption(id, label));
            }
        }
        return ok ? options : null;
    }

    private boolean checkShape(YamlMap map, Phrase what, FieldType type, List<ChoiceOption> options,
                               Integer min, Integer max) {
        boolean ok = true;
        if (type == FieldType.CHOICE && options != null && options.isEmpty()) {
            context.report(map.line(), "protocol.problem.field.noOptions", what);
            ok = false;
        }
        if (type != null && type != FieldType.CHOICE && map.get("options") != null) {
            context.report(map.get("options"), "protocol.problem.field.options", what);
            ok = false;
        }
        for (String bound : List.of("min", "max")) {
            if (type != null && type != FieldType.NUMBER && map.get(bound) != null) {
                context.report(map.get(bound), "protocol.problem.field.bound", what, bound);
                ok = false;
            }
        }
        if (min != null && max != null && min > max) {
            context.report(map.get("min"), "protocol.problem.field.minMax", what, min, max);
            ok = false;
        }
        return ok;
    }
}
