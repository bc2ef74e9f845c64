package org.haven.surveys.domain;

import org.haven.protocol.domain.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * A question of a survey file. Scale questions use min, max and the labels of both ends; text questions their
 * max length; choice questions their options. {@code showIf} is null when the question is always asked.
 */
public record SurveyQuestion(String id, QuestionKind kind, LocalizedText text, List<SurveyOption> options,
                             int min, int max, LocalizedText low, LocalizedText high, int maxLength, ShowIf showIf) {

    public SurveyQuestion {
        options = List.copyOf(options);
    }

    public Optional<SurveyOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public boolean choice() {
        return kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE;
    }
}
