package org.haven.surveys.web;

import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.surveys.application.SurveyViews;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the pupil gave on the /survey page and what was wrong with it: the answers read from the request's
 * parameters ({@code q.<question id>}), kept only to show them again, with their errors, after a refusal.
 */
public class PupilAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> given = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    /** Reads the non-blank values of every question of the questionnaire. */
    void read(Map<String, String[]> params, List<SurveyViews.QuestionView> questions) {
        given.clear();
        for (SurveyViews.QuestionView q : questions) {
            String[] v = params.get("q." + q.id());
            if (v != null) {
                List<String> values = new ArrayList<>();
                for (String s : v) {
                    if (s != null && !s.isBlank()) {
                        values.add(s);
                    }
                }
                given.put(q.id(), values);
            }
        }
    }

    /** The values as the service takes them, without the questions the skips hid (a page without JavaScript). */
    Map<String, Object> toSend(List<SurveyViews.QuestionView> questions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SurveyViews.QuestionView q : questions) {
            List<String> v = given.getOrDefault(q.id(), List.of());
            if (v.isEmpty() || !shown(q)) {
                continue;
            }
            out.put(q.id(), q.kind().equals("multiple") ? List.copyOf(v) : v.get(0));
        }
        return out;
    }

    private boolean shown(SurveyViews.QuestionView q) {
        return q.showIf() == null || given.getOrDefault(q.showIf().question(), List.of()).stream()
                .anyMatch(q.showIf().answerIn()::contains);
    }

    /** Keeps the errors of the answers and the message by field; returns the others, to show above the form. */
    List<Refusal.FieldError> refused(Refusal e, Locale locale) {
        List<Refusal.FieldError> others = new ArrayList<>();
        for (Refusal.FieldError f : e.errors()) {
            if (f.field().startsWith("answers") || f.field().equals("message")) {
                errors.put(f.field(), Messages.text(locale, f.key(), f.args()));
            } else {
                others.add(f);
            }
        }
        return others;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void clearErrors() {
        errors.clear();
    }

    void clear() {
        given.clear();
    }

    /** Whether this option was chosen (to show it again after an error). */
    public boolean chosen(String questionId, String value) {
        return given.getOrDefault(questionId, List.of()).contains(value);
    }

    public String textOf(String questionId) {
        List<String> v = given.getOrDefault(questionId, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public List<Integer> scale(SurveyViews.QuestionView q) {
        List<Integer> values = new ArrayList<>();
        for (int i = q.min(); i <= q.max(); i++) {
            values.add(i);
        }
        return values;
    }

    /** The error of a question, or null. */
    public String error(String questionId) {
        return errors.get("answers." + questionId);
    }

    public String getAnswersError() {
        return errors.get("answers");
    }

    public String getMessageError() {
        return errors.get("message");
    }
}
