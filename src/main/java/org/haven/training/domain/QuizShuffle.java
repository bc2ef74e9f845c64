package org.haven.training.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which one attempt shows the quiz: questions and the answers of each shuffled by the attempt's
 * seed, so that the same attempt always shows the same order and a retry (a new seed) shows another.
 */
public final class QuizShuffle {

    /** A question of the attempt with its answers in the order shown. */
    public record Shown(Question question, List<Answer> answers) {
    }

    private QuizShuffle() {
    }

    public static List<Shown> order(List<Question> quiz, long seed) {
        Random random = new Random(seed);
        List<Question> questions = new ArrayList<>(quiz);
        Collections.shuffle(questions, random);
        List<Shown> shown = new ArrayList<>();
        for (Question q : questions) {
            List<Answer> answers = new ArrayList<>(q.answers());
            Collections.shuffle(answers, random);
            shown.add(new Shown(q, List.copyOf(answers)));
        }
        return List.copyOf(shown);
    }
}
