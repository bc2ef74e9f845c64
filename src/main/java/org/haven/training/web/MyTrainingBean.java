package org.haven.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.Role;
import org.haven.training.application.Certificates;
import org.haven.training.application.MyTraining;
import org.haven.training.application.TrainingViews.CertificateItem;
import org.haven.training.application.TrainingViews.ModuleCard;

import java.util.List;

/** The staff member's training list (/staff/training/index.xhtml): assigned and required first, then optional. */
@Named("myTraining")
@RequestScoped
public class MyTrainingBean {

    @Inject
    MyTraining training;

    @Inject
    Certificates certificates;

    @Inject
    CurrentActor actor;

    private List<ModuleCard> modules;
    private List<CertificateItem> mine;

    public List<ModuleCard> getAssigned() {
        return modules().stream().filter(m -> m.assigned() || m.required()).toList();
    }

    public List<ModuleCard> getOptional() {
        return modules().stream().filter(m -> !m.assigned() && !m.required()).toList();
    }

    public List<CertificateItem> getCertificates() {
        if (mine == null) {
            mine = certificates.mine(Pages.locale());
        }
        return mine;
    }

    public boolean isHead() {
        return actor.principal().map(p -> p.hasRole(Role.Names.HEAD_OF_SCHOOL)).orElse(false);
    }

    private List<ModuleCard> modules() {
        if (modules == null) {
            modules = training.modules(Pages.locale());
        }
        return modules;
    }
}
