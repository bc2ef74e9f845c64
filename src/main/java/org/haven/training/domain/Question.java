package org.haven.training.domain;

import java.util.List;

/**
 * A scenario or quiz question: an optional short situation, what is asked, and its answers, exactly one of them
 * right. Every answer carries an explanation.
 */
public record Question(String id, Localized situation, Localized prompt, List<Answer> answers) {

    public Question {
        answers = List.copyOf(answers);
    }

    public Answer correctAnswer() {
        return answers.stream().filter(Answer::correct).findFirst().orElseThrow();
    }

    public boolean isRight(String answerId) {
        return correctAnswer().id().equals(answerId);
    }
}
