package org.haven.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.web.FacesMessages;
import org.haven.training.application.MyTraining;
import org.haven.training.application.TrainingViews.ExplainedAnswer;
import org.haven.training.application.TrainingViews.LessonPage;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson (/staff/training/lesson.xhtml?module=...&amp;lesson=...): its text, its scenarios to practise on (an
 * answer shows why each answer is or is not right; nothing is recorded), and "read, next" which saves progress.
 */
@Named("lesson")
@ViewScoped
public class LessonBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MyTraining training;

    private String module;
    private String lessonId;
    private transient LessonPage page;
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, List<ExplainedAnswer>> explanations = new HashMap<>();

    public void load() {
        page = Pages.attempt(() -> training.lesson(module, lessonId, Pages.locale()), "");
    }

    public void check(String scenarioId) {
        String answer = chosen.get(scenarioId);
        if (answer == null) {
            FacesMessages.error("lesson-form:scenario-" + scenarioId,
                    "training.scenario.choose");
            return;
        }
        List<ExplainedAnswer> e = Pages.attempt(() -> training.explain(module, lessonId, scenarioId, answer,
                Pages.locale()), "lesson-form:");
        if (e != null) {
            explanations.put(scenarioId, e);
        }
    }

    /** Saves the lesson as read and goes to the next lesson, or back to the module after the last. */
    public String complete() {
        if (!Pages.run(() -> training.completeLesson(module, lessonId), "lesson-form:")) {
            return null;
        }
        LessonPage p = getPage();
        return p.nextId() == null
                ? "/staff/training/module?faces-redirect=true&id=" + module
                : "/staff/training/lesson?faces-redirect=true&module=" + module + "&lesson=" + p.nextId();
    }

    public LessonPage getPage() {
        if (page == null && module != null) {
            load();
        }
        return page;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public Map<String, List<ExplainedAnswer>> getExplanations() {
        return explanations;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }
}
