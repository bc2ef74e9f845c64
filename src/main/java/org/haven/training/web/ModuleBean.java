package org.haven.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.training.application.MyTraining;
import org.haven.training.application.TrainingViews.ModulePage;

/** One module (/staff/training/module.xhtml?id=...): its lessons read or not, the quiz, past attempts. */
@Named("trainingModule")
@RequestScoped
public class ModuleBean {

    @Inject
    MyTraining training;

    private String id;
    private ModulePage page;

    public void load() {
        page = Pages.attempt(() -> training.module(id, Pages.locale()), "");
    }

    /** The first lesson not yet read, or the first lesson when all were. */
    public String getNextLesson() {
        return page.lessons().stream().filter(l -> !l.done()).findFirst().orElse(page.lessons().getFirst()).id();
    }

    public ModulePage getPage() {
        return page;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
