package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ChoiceOption;
import org.haven.protocol.domain.FieldType;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code forms:} list of a protocol file. */
final class FormsReader {

    private static final List<String> FORM_KEYS = List.of("id", "title", "fields");
    private static final List<String> FIELD_KEYS = List.of("id", "type", "label", "help", "required", "options",
            "min", "max");
    private static final List<String> OPTION_KEYS = List.of("id", "label");
    private static final List<String> TYPES = Arrays.stream(FieldType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    private final ParseContext context;

    FormsReader(ParseContext context) {
        this.context = context;
    }

    /** The valid forms by id; every problem is reported. */
    Map<String, FormDefinition> read(List<Node> nodes) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (Node node : nodes) {
            index++;
            YamlMap map = YamlMap.of(context, node, YamlMap.name("form", index, node), FORM_KEYS);
            if (map == null) {
                continue;
            }
            String id = map.string("id", true);
            if (id != null && context.checkId(map.get("id"), id, "form")) {
                Integer first = seen.putIfAbsent(id, map.line());
                if (first != null) {
                    context.problem(map.get("id"), "form id '" + id + "' is used twice (first on line " + first + ")");
                    id = null;
                }
            }
            FormDefinition form = form(map, id, index);
            if (form != null) {
                forms.put(id, form);
            }
        }
        return forms;
    }

    /** Every form id written in the file, valid or not, so that steps naming it are not reported twice. */
    static List<String> ids(List<Node> nodes) {
        List<String> ids = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap.idOf(node).ifPresent(ids::add);
        }
        return ids;
    }

    private FormDefinition form(YamlMap map, String id, int index) {
        String what = id == null ? "form " + index : "form '" + id + "'";
        Node titleNode = map.require("title", null);
        LocalizedText title = titleNode == null ? null : context.text(titleNode, what + " title");
        List<FormField> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node fieldNode : map.list("fields", true)) {
            FormField field = field(fieldNode, what, seen);
            ok &= field != null;
            if (field != null) {
                fields.add(field);
            }
        }
        return ok && id != null && title != null && !fields.isEmpty() ? new FormDefinition(id, title, fields) : null;
    }

    private FormField field(Node node, String form, Map<String, Integer> seen) {
        YamlMap map = YamlMap.of(context, node, YamlMap.idOf(node).map(id -> "field '" + id + "' of " + form).orElse("a field of " + form), FIELD_KEYS);
        if (map == null) {
            return null;
        }
        String id = map.string("id", true);
        if (id != null && !context.checkId(map.get("id"), id, "field")) {
            id = null;
        }
        if (id != null) {
            Integer first = seen.putIfAbsent(id, map.line());
            if (first != null) {
                context.problem(map.get("id"), "field id '" + id + "' is used twice in " + form
                        + " (first on line " + first + ")");
                id = null;
            }
        }
        String what = id == null ? "a field of " + form : "field '" + id + "' of " + form;
        FieldType type = type(map, what);
        Node labelNode = map.require("label", null);
        LocalizedText label = labelNode == null ? null : context.text(labelNode, what + " label");
        Node helpNode = map.get("help");
        LocalizedText help = helpNode == null ? null : context.text(helpNode, what + " help");
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

    private FieldType type(YamlMap map, String what) {
        String text = map.string("type", true);
        if (text == null) {
            return null;
        }
        if (!TYPES.contains(text)) {
            context.problem(map.get("type"), what + " has type '" + text + "', which is not a field type"
                    + Suggestions.didYouMean(text, TYPES) + "; use one of " + String.join(", ", TYPES));
            return null;
        }
        return FieldType.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private List<ChoiceOption> options(YamlMap map, String what) {
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node node : map.list("options", false)) {
            YamlMap option = YamlMap.of(context, node, "an option of " + what, OPTION_KEYS);
            if (option == null) {
                ok = false;
                continue;
            }
            String id = option.string("id", true);
            if (id != null && context.checkId(option.get("id"), id, "option")) {
                Integer first = seen.putIfAbsent(id, option.line());
                if (first != null) {
                    context.problem(option.get("id"), "option id '" + id + "' is used twice in " + what
                            + " (first on line " + first + ")");
                    id = null;
                }
            } else {
                id = null;
            }
            Node labelNode = option.require("label", null);
            LocalizedText label = labelNode == null ? null
                    : context.text(labelNode, "option '" + id + "' of " + what + " label");
            if (id == null || label == null) {
                ok = false;
            } else {
                options.add(new ChoiceOption(id, label));
            }
        }
        return ok ? options : null;
    }

    private boolean checkShape(YamlMap map, String what, FieldType type, List<ChoiceOption> options,
                               Integer min, Integer max) {
        boolean ok = true;
        if (type == FieldType.CHOICE && options != null && options.isEmpty()) {
            context.problem(map.line(), what + " is a choice but has no options; add 'options:' with an id and a "
                    + "label for each answer");
            ok = false;
        }
        if (type != null && type != FieldType.CHOICE && map.get("options") != null) {
            context.problem(map.get("options"), what + " has options but its type is not choice");
            ok = false;
        }
        for (String bound : List.of("min", "max")) {
            if (type != null && type != FieldType.NUMBER && map.get(bound) != null) {
                context.problem(map.get(bound), what + " has '" + bound + "' but its type is not number");
                ok = false;
            }
        }
        if (min != null && max != null && min > max) {
            context.problem(map.get("min"), what + " has min " + min + " greater than max " + max);
            ok = false;
        }
        return ok;
    }
}
