package org.haven.training.domain;

import java.util.List;
import java.util.Map;

/**
 * The result of a quiz: how many questions were answered right out of how many, the percentage (rounded down)
 * and whether it reaches the module's pass mark. An unanswered question counts as wrong.
 */
public record QuizScore(int right, int total, int percent, boolean passed) {

    public static QuizScore of(List<Question> quiz, Map<String, String> answers, int passMark) {
        int right = (int) quiz.stream().filter(q -> q.isRight(answers.get(q.id()))).count();
        int total = quiz.size();
        int percent = total == 0 ? 0 : right * 100 / total;
        return new QuizScore(right, total, percent, total > 0 && percent >= passMark);
    }
}
