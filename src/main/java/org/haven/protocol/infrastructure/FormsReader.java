package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code forms:} list of a protocol file. */
final class FormsReader {

    private static final List<String> FORM_KEYS = List.of("id", "title", "fields");

    private final ParseContext context;
    private final FieldsReader fieldReader;

    FormsReader(ParseContext context) {
        this.context = context;
        this.fieldReader = new FieldsReader(context);
    }

    /** The valid forms by id; every problem is reported. */
    Map<String, FormDefinition> read(List<Node> nodes) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (Node node : nodes) {
            index++;
            YamlMap map = YamlMap.of(context, node, YamlMap.phrase("form", index, node), FORM_KEYS);
            if (map == null) {
                continue;
            }
            String id = map.string("id", true);
            if (id != null && context.checkId(map.get("id"), id, Phrase.of("protocol.kind.form"))) {
                Integer first = seen.putIfAbsent(id, map.line());
                if (first != null) {
                    context.report(map.get("id"), "protocol.problem.form.idTwice", id, first);
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
        Phrase what = id == null ? Phrase.of("protocol.what.form.n", index) : Phrase.of("protocol.what.form", id);
        Node titleNode = map.require("title", null);
        LocalizedText title = titleNode == null ? null
                : context.text(titleNode, Phrase.of("protocol.what.part.title", what));
        List<FormField> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node fieldNode : map.list("fields", true)) {
            FormField field = fieldReader.field(fieldNode, what, seen);
            ok &= field != null;
            if (field != null) {
                fields.add(field);
            }
        }
        return ok && id != null && title != null && !fields.isEmpty() ? new FormDefinition(id, title, fields) : null;
    }
}
