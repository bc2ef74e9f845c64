package org.haven.surveys.infrastructure;

import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.infrastructure.ParseContext;
import org.haven.protocol.infrastructure.YamlMap;
import org.haven.surveys.domain.QuestionKind;
import org.haven.surveys.domain.ShowIf;
import org.haven.surveys.domain.SurveyOption;
import org.haven.surveys.domain.SurveyQuestion;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions of a survey file: kinds and their keys, options, scales, skips that only look back, short texts
 * for young readers, and no question that asks who the pupil is.
 */
final class QuestionsReader {

    private static final List<String> KEYS = List.of("id", "kind", "text", "options", "min", "max", "low", "high",
            "max_length", "show_if");
    /** Question ids that would ask who the pupil is: the answers must stay without identity. */
    static final Set<String> IDENTIFYING = Set.of("name", "first-name", "last-name", "surname", "full-name",
            "email", "phone", "address", "birth-date", "birthday", "date-of-birth", "class", "student-number");
    /** A question longer than this is hard to read for a pupil of eight: say it in fewer words. */
    static final int TEXT_MAX = 180;
    static final int TEXT_ANSWER_MAX = 500;
    static final int SCALE_SPAN_MAX = 10;

    private final ParseContext context;
    private final Map<String, SurveyQuestion> earlier = new HashMap<>();

    QuestionsReader(ParseContext context) {
        this.context = context;
    }

    List<SurveyQuestion> read(List<Node> nodes) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String what = YamlMap.name("question", i + 1, node);
            YamlMap map = YamlMap.of(context, node, what, KEYS);
            if (map == null) {
                continue;
            }
            SurveyQuestion q = question(map, what);
            if (q != null) {
                questions.add(q);
                earlier.put(q.id(), q);
            }
        }
        return questions;
    }

    private SurveyQuestion question(YamlMap map, String what) {
        int before = context.problems().size();
        String id = map.string("id", true);
        if (id != null && context.checkId(map.get("id"), id, what)) {
            if (earlier.containsKey(id)) {
                context.problem(map.get("id"), what + ": the id '" + id + "' is used by an earlier question");
            }
            if (IDENTIFYING.contains(id)) {
                context.problem(map.get("id"), what + " asks who the pupil is; survey answers are anonymous, so "
                        + "no question may ask for a name, class, contact or birth date");
            }
        }
        String kindText = map.string("kind", true);
        QuestionKind kind = kindText == null ? null : QuestionKind.parse(kindText).orElse(null);
        if (kindText != null && kind == null) {
            context.problem(map.get("kind"), what + ": kind '" + kindText
                    + "' is not known; use single, multiple, scale or text");
        }
        Node textNode = map.require("text", null);
        LocalizedText text = textNode == null ? null : context.text(textNode, what + " text");
        OptionsReader.shortText(context, textNode, text, TEXT_MAX, what);
        List<SurveyOption> options = List.of();
        int min = 0;
        int max = 0;
        LocalizedText low = null;
        LocalizedText high = null;
        int maxLength = 0;
        if (kind != null) {
            onlyFor(map, kind, what);
            switch (kind) {
                case SINGLE, MULTIPLE -> options = OptionsReader.options(context, map, what);
                case SCALE -> {
                    Integer mn = map.integer("min");
                    Integer mx = map.integer("max");
                    min = mn == null ? 1 : mn;
                    max = mx == null ? 5 : mx;
                    if (min >= max || max - min > SCALE_SPAN_MAX) {
                        context.problem(map.line(), what + ": the scale goes from min " + min + " to max " + max
                                + "; min must be below max, with at most " + SCALE_SPAN_MAX + " steps");
                    }
                    Node lowNode = map.require("low", " (the words for the lowest value)");
                    Node highNode = map.require("high", " (the words for the highest value)");
                    low = lowNode == null ? null : context.text(lowNode, what + " low");
                    high = highNode == null ? null : context.text(highNode, what + " high");
                }
                case TEXT -> {
                    Integer length = map.integer("max_length");
                    maxLength = length == null ? 300 : length;
                    if (maxLength < 1 || maxLength > TEXT_ANSWER_MAX) {
                        context.problem(map.get("max_length"), what + ": max_length must be from 1 to "
                                + TEXT_ANSWER_MAX + ", not " + maxLength);
                    }
                }
            }
        }
        ShowIf showIf = SkipReader.showIf(context, earlier, map, what);
        if (context.problems().size() > before || id == null || kind == null || text == null) {
            return null;
        }
        return new SurveyQuestion(id, kind, text, options, min, max, low, high, maxLength, showIf);
    }

    /** Keys that only one kind takes are refused on the others, so that a wrong kind is noticed. */
    private void onlyFor(YamlMap map, QuestionKind kind, String what) {
        Map<String, Set<QuestionKind>> owners = Map.of(
                "options", Set.of(QuestionKind.SINGLE, QuestionKind.MULTIPLE),
                "min", Set.of(QuestionKind.SCALE), "max", Set.of(QuestionKind.SCALE),
                "low", Set.of(QuestionKind.SCALE), "high", Set.of(QuestionKind.SCALE),
                "max_length", Set.of(QuestionKind.TEXT));
        owners.forEach((key, kinds) -> {
            if (map.get(key) != null && !kinds.contains(kind)) {
                context.problem(map.get(key), what + " is a " + kind.key() + " question, which has no '" + key
                        + "'");
            }
        });
    }
}
