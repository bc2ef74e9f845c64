package org.haven.surveys.domain;


import org.haven.platform.errors.Refusal.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule a pupil's answers must meet, checked at once against the campaign's questionnaire: known questions,
 * the shape of each kind, options of the question, the scale's range, the text's length, no answer to a question
 * the skips did not show. Every question may be left out (a pupil skips what they do not want to answer), but an
 * empty questionnaire is refused. Text is kept as typed and always shown escaped; control characters are refused.
 * Also gathers the danger tags of the options chosen.
 */
public final class AnswerRules {

    public static final int CONTACT_MESSAGE_MAX = 1000;
    private static final int ID_ECHO_MAX = 40;

    /** Either the errors, or the answers with the danger they signal. */
    public record Checked(List<FieldError> errors, List<GivenAnswer> answers, Set<String> danger) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private AnswerRules() {
    }

    /** Values as JSON-B or a page gives them: String, Number, Boolean, a Collection, or null (not answered). */
    public static Checked check(SurveyDefinition survey, Map<String, ?> raw) {
        List<FieldError> errors = new ArrayList<>();
        List<GivenAnswer> answers = new ArrayList<>();
        Set<String> danger = new LinkedHashSet<>();
        Map<String, ?> given = raw == null ? Map.of() : raw;
        for (String key : given.keySet()) {
            if (survey.question(key).isEmpty()) {
                String field = key == null || key.length() > ID_ECHO_MAX ? "answers" : "answers." + key;
                errors.add(new FieldError(field, "survey.answer.unknown"));
            }
        }
        Map<String, List<String>> chosen = new HashMap<>();
        for (SurveyQuestion q : survey.questions()) {
            Object value = given.get(q.id());
            if (value == null || (value instanceof String s && s.isBlank())
                    || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            String field = "answers." + q.id();
            if (q.showIf() != null && chosen.getOrDefault(q.showIf().questionId(), List.of()).stream()
                    .noneMatch(q.showIf().answers()::contains)) {
                errors.add(new FieldError(field, "survey.answer.skipped"));
                continue;
            }
            GivenAnswer a = switch (q.kind()) {
                case SINGLE -> AnswerShapes.single(q, value, field, errors);
                case MULTIPLE -> AnswerShapes.multiple(q, value, field, errors);
                case SCALE -> AnswerShapes.scale(q, value, field, errors);
                case TEXT -> AnswerShapes.text(q, value, field, errors);
            };
            if (a != null) {
                answers.add(a);
                chosen.put(q.id(), a.values());
                a.values().forEach(v -> q.option(v).ifPresent(o -> danger.addAll(o.danger())));
            }
        }
        if (errors.isEmpty() && answers.isEmpty()) {
            errors.add(new FieldError("answers", "survey.answers.required"));
        }
        return errors.isEmpty() ? new Checked(List.of(), List.copyOf(answers), Set.copyOf(danger))
                : new Checked(List.copyOf(errors), List.of(), Set.of());
    }

    /** The few words of a pupil who asks to be contacted: required then, at most 1,000 characters. */
    public static List<FieldError> checkContact(boolean wantsContact, String message) {
        String m = message == null ? "" : message.strip();
        if (!wantsContact) {
            return m.isEmpty() ? List.of() : List.of(new FieldError("message", "survey.message.withoutContact"));
        }
        if (m.isEmpty()) {
            return List.of(new FieldError("message", "survey.message.required"));
        }
        if (m.length() > CONTACT_MESSAGE_MAX) {
            return List.of(new FieldError("message", "survey.message.tooLong", CONTACT_MESSAGE_MAX));
        }
        if (AnswerShapes.hasControls(m)) {
            return List.of(new FieldError("message", "text.controlCharacters"));
        }
        return List.of();
    }
}
