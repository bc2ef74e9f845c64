package org.haven.training.application;

import org.haven.training.application.TrainingViews.AnswerChoice;
import org.haven.training.application.TrainingViews.ExplainedAnswer;
import org.haven.training.application.TrainingViews.QuestionView;
import org.haven.training.application.TrainingViews.QuizPage;
import org.haven.training.application.TrainingViews.ResultItem;
import org.haven.training.domain.Answer;
import org.haven.training.domain.Question;
import org.haven.training.domain.QuizAttempt;
import org.haven.training.domain.QuizShuffle;
import org.haven.training.domain.TrainingModule;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A quiz and its questions as a member of staff sees them, in one language and the attempt's shuffled order. */
final class TrainingPages {

    private TrainingPages() {
    }

    static QuizPage quizPage(QuizAttempt attempt, TrainingModule m, Locale locale) {
        List<QuestionView> questions = QuizShuffle.order(m.quiz(), attempt.seed()).stream()
                .map(s -> question(s.question(), s.answers(), locale)).toList();
        return new QuizPage(attempt.id(), m.id(), m.title().in(locale), m.passMark(), questions);
    }

    static QuestionView question(Question q, List<Answer> order, Locale locale) {
        return new QuestionView(q.id(), q.situation() == null ? null : q.situation().in(locale),
                q.prompt().in(locale), order.stream().map(a -> new AnswerChoice(a.id(), a.text().in(locale)))
                .toList());
    }

    static List<ExplainedAnswer> explained(Question q, List<Answer> order,
                                                   String chosen, Locale locale) {
        return order.stream().map(a -> new ExplainedAnswer(a.id(), a.text().in(locale), a.correct(),
                a.id().equals(chosen), a.explanation().in(locale))).toList();
    }

    /** Every question of a submitted attempt, in the attempt's order, with whether it was right and why. */
    static List<ResultItem> results(TrainingModule m, long seed, Map<String, String> answers, Locale locale) {
        return QuizShuffle.order(m.quiz(), seed).stream()
                .map(s -> new ResultItem(s.question().id(), s.question().prompt().in(locale),
                        s.question().isRight(answers.get(s.question().id())),
                        explained(s.question(), s.answers(), answers.get(s.question().id()), locale)))
                .toList();
    }
}
