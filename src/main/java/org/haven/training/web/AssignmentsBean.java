package org.haven.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.platform.web.FacesMessages;
import org.haven.training.application.TrainingAssignments;
import org.haven.training.application.TrainingCatalog;
import org.haven.training.application.TrainingViews.AssignmentItem;
import org.haven.training.application.TrainingViews.ModuleSummary;
import org.haven.training.application.TrainingViews.RequirementItem;
import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.TrainingRoles;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The district admin's training page (/admin/training.xhtml): the modules loaded (and any refused, with their
 * problems), assignments to roles and schools with a due date, and the modules each role requires.
 */
@Named("trainingAdmin")
@ViewScoped
public class AssignmentsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAssignments assignments;

    @Inject
    TrainingCatalog catalog;

    @Inject
    SchoolAdministration schools;

    private String module;
    private Role role;
    private Long school;
    private LocalDate due;
    private Role requiredRole;
    private String requiredModule;

    public void assign() {
        if (Pages.run(() -> assignments.assign(module, role, school, due, Pages.locale()), "assign:")) {
            FacesMessages.info("training.admin.assigned");
            module = null;
            role = null;
            school = null;
            due = null;
        }
    }

    public void unassign(long id) {
        if (Pages.run(() -> assignments.unassign(id), "assignments:")) {
            FacesMessages.info("training.admin.unassigned");
        }
    }

    public void require() {
        if (Pages.run(() -> assignments.require(requiredRole, requiredModule), "require:")) {
            FacesMessages.info("training.admin.required");
            requiredRole = null;
            requiredModule = null;
        }
    }

    public void unrequire(long id) {
        if (Pages.run(() -> assignments.unrequire(id), "requirements:")) {
            FacesMessages.info("training.admin.unrequired");
        }
    }

    public List<ModuleSummary> getModules() {
        return assignments.modules(Pages.locale());
    }

    public List<String> getProblems() {
        return catalog.problems().stream().map(ModuleProblem::toString).toList();
    }

    public List<AssignmentItem> getAssignments() {
        return assignments.assignments(Pages.locale());
    }

    public List<RequirementItem> getRequirements() {
        return assignments.requirements(Pages.locale());
    }

    public List<SchoolView> getSchools() {
        return schools.activeSchools();
    }

    public List<Role> getRoles() {
        return TrainingRoles.STAFF;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public Role getRequiredRole() {
        return requiredRole;
    }

    public void setRequiredRole(Role requiredRole) {
        this.requiredRole = requiredRole;
    }

    public String getRequiredModule() {
        return requiredModule;
    }

    public void setRequiredModule(String requiredModule) {
        this.requiredModule = requiredModule;
    }
}
