package org.haven.surveys.domain;

import java.util.List;

/**
 * One checked answer: the option ids chosen (one for single, any for multiple), the scale value as text, or the
 * free text (then values is empty).
 */
public record GivenAnswer(String questionId, List<String> values, String text) {

    public GivenAnswer {
        values = List.copyOf(values);
    }
}
