package org.haven.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.web.FacesMessages;
import org.haven.training.application.MyTraining;
import org.haven.training.application.TrainingViews.QuizPage;
import org.haven.training.application.TrainingViews.QuizResult;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The quiz of a module (/staff/training/quiz.xhtml?module=...): an attempt in its own order, the score and every
 * explanation after submitting, and a retry in a new order.
 */
@Named("quiz")
@ViewScoped
public class QuizBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MyTraining training;

    private String module;
    private QuizPage page;
    private QuizResult result;
    private boolean closed;
    private final Map<String, String> answers = new HashMap<>();

    /** Starts an attempt when the page is first shown (not on its postbacks). */
    public void load() {
        if (page == null && !closed) {
            start();
        }
    }

    public void submit() {
        if (page.questions().stream().anyMatch(q -> answers.get(q.id()) == null)) {
            FacesMessages.error(null, "training.quiz.answerAll");
            return;
        }
        result = Pages.attempt(() -> training.submit(page.attemptId(), Map.copyOf(answers), Pages.locale()),
                "quiz-form:");
    }

    public void retry() {
        answers.clear();
        result = null;
        page = null;
        start();
    }

    private void start() {
        page = Pages.attempt(() -> training.startQuiz(module, Pages.locale()), "quiz-form:");
        closed = page == null;
    }

    public QuizPage getPage() {
        return page;
    }

    public QuizResult getResult() {
        return result;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
