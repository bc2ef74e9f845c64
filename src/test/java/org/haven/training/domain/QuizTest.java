package org.haven.training.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring against the pass mark, and the order each attempt shows. */
class QuizTest {

    static Localized t(String s) {
        return new Localized(s, s);
    }

    static Question question(String id, String right) {
        return new Question(id, null, t(id), List.of("a", "b", "c", "d").stream()
                .map(a -> new Answer(a, t(a), a.equals(right), t("because " + a))).toList());
    }

    static final List<Question> QUIZ = IntStream.rangeClosed(1, 5).mapToObj(i -> question("q" + i, "b")).toList();

    @Test
    void theScoreCountsRightAnswersAndRoundsThePercentageDown() {
        QuizScore s = QuizScore.of(QUIZ.subList(0, 3), Map.of("q1", "b", "q2", "b", "q3", "a"), 67);

        assertEquals(2, s.right());
        assertEquals(3, s.total());
        assertEquals(66, s.percent());
        assertFalse(s.passed(), "66 % is under a pass mark of 67 %");
    }

    @Test
    void reachingThePassMarkExactlyPasses() {
        QuizScore s = QuizScore.of(QUIZ, Map.of("q1", "b", "q2", "b", "q3", "b", "q4", "b", "q5", "c"), 80);
        assertEquals(80, s.percent());
        assertTrue(s.passed());
    }

    @Test
    void unansweredAndUnknownAnswersAreWrong() {
        QuizScore s = QuizScore.of(QUIZ, Map.of("q1", "zzz", "other", "b"), 10);
        assertEquals(0, s.right());
        assertFalse(s.passed());
        assertFalse(QuizScore.of(List.of(), Map.of(), 1).passed(), "an empty quiz is never passed");
    }

    @Test
    void theSameSeedShowsTheSameOrderAndEveryQuestionAndAnswerOnce() {
        List<QuizShuffle.Shown> first = QuizShuffle.order(QUIZ, 42);
        List<QuizShuffle.Shown> again = QuizShuffle.order(QUIZ, 42);

        assertEquals(first, again);
        assertEquals(Set.copyOf(QUIZ), Set.copyOf(first.stream().map(QuizShuffle.Shown::question).toList()));
        for (QuizShuffle.Shown s : first) {
            assertEquals(Set.copyOf(s.question().answers()), Set.copyOf(s.answers()));
        }
    }

    @Test
    void retriesWithNewSeedsShowOtherOrders() {
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            orders.add(QuizShuffle.order(QUIZ, seed).stream()
                    .map(s -> s.question().id() + s.answers().getFirst().id()).toList());
        }
        assertTrue(orders.size() > 10, "20 seeds gave only " + orders.size() + " orders");
        assertNotEquals(QuizShuffle.order(QUIZ, 1), QuizShuffle.order(QUIZ, 2));
    }

    @Test
    void aQuestionKnowsItsRightAnswer() {
        Question q = question("q", "c");
        assertEquals("c", q.correctAnswer().id());
        assertTrue(q.isRight("c"));
        assertFalse(q.isRight(null));
    }
}
