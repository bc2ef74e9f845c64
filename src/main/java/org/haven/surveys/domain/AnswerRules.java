package org.haven.surveys.domain;

import org.haven.platform.errors.Refusal.FieldError;
import java.math.BigDecimal;
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
                case SINGLE -> single(q, value, field, errors);
                case MULTIPLE -> multiple(q, value, field, errors);
                case SCALE -> scale(q, value, field, errors);
                case TEXT -> text(q, value, field, errors);
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
        if (hasControls(m)) {
            return List.of(new FieldError("message", "text.controlCharacters"));
        }
        return List.of();
    }

    private static GivenAnswer single(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "survey.answer.type.single"));
            return null;
        }
        if (q.option(s.strip()).isEmpty()) {
            errors.add(new FieldError(field, "survey.answer.option"));
            return null;
        }
        return new GivenAnswer(q.id(), List.of(s.strip()), null);
    }

    private static GivenAnswer multiple(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
        if (!(value instanceof Collection<?> items) || items.size() > q.options().size()) {
            errors.add(new FieldError(field, "survey.answer.type.multiple"));
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof String s) || q.option(s.strip()).isEmpty()) {
                errors.add(new FieldError(field, "survey.answer.option"));
                return null;
            }
            ids.add(s.strip());
        }
        return new GivenAnswer(q.id(), List.copyOf(ids), null);
    }

    private static GivenAnswer scale(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
        Integer n = null;
        try {
            if (value instanceof Number number) {
                n = new BigDecimal(number.toString()).intValueExact();
            } else if (value instanceof String s && s.strip().matches("-?\\d{1,3}")) {
                n = Integer.valueOf(s.strip());
            }
        } catch (ArithmeticException | NumberFormatException notWhole) {
            n = null;
        }
        if (n == null) {
            errors.add(new FieldError(field, "survey.answer.type.scale", q.min(), q.max()));
            return null;
        }
        if (n < q.min() || n > q.max()) {
            errors.add(new FieldError(field, "survey.answer.range", q.min(), q.max()));
            return null;
        }
        return new GivenAnswer(q.id(), List.of(String.valueOf(n)), null);
    }

    private static GivenAnswer text(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "survey.answer.type.text"));
            return null;
        }
        String t = s.strip();
        if (t.length() > q.maxLength()) {
            errors.add(new FieldError(field, "survey.answer.tooLong", q.maxLength()));
            return null;
        }
        if (hasControls(t)) {
            errors.add(new FieldError(field, "text.controlCharacters"));
            return null;
        }
        return new GivenAnswer(q.id(), List.of(), t);
    }

    private static boolean hasControls(String t) {
        return t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
