package org.haven.surveys.domain;


import org.haven.platform.errors.Refusal.FieldError;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer each kind of question takes (one option, several, a whole number on the scale, a short text without
 * control characters); a value of the wrong shape becomes a field error and no answer.
 */
final class AnswerShapes {

    private AnswerShapes() {
    }

    static GivenAnswer single(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
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

    static GivenAnswer multiple(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
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

    static GivenAnswer scale(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
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

    static GivenAnswer text(SurveyQuestion q, Object value, String field, List<FieldError> errors) {
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

    static boolean hasControls(String t) {
        return t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
