package org.haven.surveys.infrastructure;

import org.haven.protocol.infrastructure.ParseContext;
import org.haven.protocol.infrastructure.YamlMap;
import org.haven.surveys.domain.ShowIf;
import org.haven.surveys.domain.SurveyQuestion;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A question's skip ({@code show_if}): shown only after chosen answers of an earlier choice question. */
final class SkipReader {

    private static final List<String> SHOW_IF_KEYS = List.of("question", "answer_in");

    private SkipReader() {
    }

    static ShowIf showIf(ParseContext context, Map<String, SurveyQuestion> earlier, YamlMap map, String what) {
        Node node = map.get("show_if");
        if (node == null) {
            return null;
        }
        YamlMap s = YamlMap.of(context, node, what + " show_if", SHOW_IF_KEYS);
        if (s == null) {
            return null;
        }
        String questionId = s.string("question", true);
        List<YamlMap.Item> answers = s.strings("answer_in", true);
        if (questionId == null) {
            return null;
        }
        SurveyQuestion target = earlier.get(questionId);
        if (target == null || !target.choice()) {
            context.problem(s.get("question"), what + " is shown after question '" + questionId
                    + "', which is not an earlier single or multiple question; a skip can only look back");
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (YamlMap.Item a : answers) {
            if (target.option(a.text()).isEmpty()) {
                context.problem(a.node(), what + ": question '" + questionId + "' has no option '" + a.text()
                        + "'");
            } else {
                ids.add(a.text());
            }
        }
        return ids.isEmpty() ? null : new ShowIf(questionId, ids);
    }
}
