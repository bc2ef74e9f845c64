package org.haven.surveys.domain;

import java.util.Set;

/** A skip: the question is asked only when an earlier choice question was answered with one of these options. */
public record ShowIf(String questionId, Set<String> answers) {

    public ShowIf {
        answers = Set.copyOf(answers);
    }
}
