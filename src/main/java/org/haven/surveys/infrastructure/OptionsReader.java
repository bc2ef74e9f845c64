package org.haven.surveys.infrastructure;

import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.infrastructure.ParseContext;
import org.haven.protocol.infrastructure.YamlMap;
import org.haven.surveys.domain.SurveyOption;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The options of a choice question, with the risks an option signals, and the short texts young pupils read. */
final class OptionsReader {

    private static final List<String> OPTION_KEYS = List.of("id", "text", "danger");
    /** Risk tags an option may signal: reporting's Risk.Tag names, lower case. */
    static final List<String> DANGER = List.of("immediate_danger", "self_harm", "threats", "location_shared",
            "blackmail", "intimate_images");
    static final int OPTION_TEXT_MAX = 80;

    private OptionsReader() {
    }

    static List<SurveyOption> options(ParseContext context, YamlMap map, String what) {
        List<Node> nodes = map.list("options", true);
        if (map.get("options") != null && nodes.size() < 2) {
            context.problem(map.get("options"), what + " needs at least two options");
        }
        List<SurveyOption> options = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String optionWhat = what + ", " + YamlMap.name("option", i + 1, nodes.get(i));
            YamlMap o = YamlMap.of(context, nodes.get(i), optionWhat, OPTION_KEYS);
            if (o == null) {
                continue;
            }
            String id = o.string("id", true);
            if (id != null && context.checkId(o.get("id"), id, optionWhat) && !ids.add(id)) {
                context.problem(o.get("id"), optionWhat + ": the option id '" + id + "' is used twice");
            }
            Node textNode = o.require("text", null);
            LocalizedText text = textNode == null ? null : context.text(textNode, optionWhat + " text");
            shortText(context, textNode, text, OPTION_TEXT_MAX, optionWhat);
            Set<String> danger = new LinkedHashSet<>();
            for (YamlMap.Item item : o.strings("danger", false)) {
                if (DANGER.contains(item.text())) {
                    danger.add(item.text().toUpperCase(Locale.ROOT));
                } else {
                    context.problem(item.node(), optionWhat + ": danger '" + item.text() + "' is not known; use "
                            + String.join(", ", DANGER));
                }
            }
            if (id != null && text != null) {
                options.add(new SurveyOption(id, text, danger));
            }
        }
        return options;
    }

    /** A text longer than this is refused: a young pupil reads it with difficulty. */
    static void shortText(ParseContext context, Node node, LocalizedText text, int max, String what) {
        if (text == null) {
            return;
        }
        text.byLanguage().forEach((language, t) -> {
            if (t.length() > max) {
                context.problem(node, what + ": the '" + language + "' text has " + t.length()
                        + " characters; at most " + max + ", in short words a young pupil reads easily");
            }
        });
    }
}
