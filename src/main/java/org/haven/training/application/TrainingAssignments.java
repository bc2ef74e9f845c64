package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.Role;
import org.haven.training.application.TrainingViews.AssignmentItem;
import org.haven.training.application.TrainingViews.ModuleSummary;
import org.haven.training.application.TrainingViews.RequirementItem;
import org.haven.training.domain.Assignment;
import org.haven.training.domain.RoleRequirement;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.TrainingRepository;
import org.haven.training.domain.TrainingRoles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The district admin's side: which modules are assigned to which roles and schools with a due date, and which
 * modules a role requires before acting (protocol step owners). Every change is audited.
 */
@ApplicationScoped
public class TrainingAssignments {

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingRepository repository;

    @Inject
    SchoolAdministration schools;

    @Inject
    TrainingStanding standing;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ModuleSummary> modules(Locale locale) {
        return catalog.modules().stream().map(m -> summary(m, locale)).toList();
    }

    static ModuleSummary summary(TrainingModule m, Locale locale) {
        return new ModuleSummary(m.id(), m.version(), m.title().in(locale), m.summary().in(locale), m.minutes(),
                m.lessons().size(), m.quiz().size(), m.passMark(),
                m.validFor() == null ? null : m.validFor().toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentItem> assignments(Locale locale) {
        Map<Long, String> names = schools.activeSchools().stream()
                .collect(Collectors.toMap(SchoolView::id, SchoolView::name));
        return repository.assignments().stream().map(a -> new AssignmentItem(a.id(), a.moduleId(),
                catalog.title(a.moduleId(), locale), a.role(), a.schoolId(),
                a.schoolId() == null ? null : names.getOrDefault(a.schoolId(), "#" + a.schoolId()), a.dueOn()))
                .toList();
    }

    /**
     * Assigns a module to the staff holding a role (null: every staff role) in a school (null: every school).
     */
    @Transactional
    public AssignmentItem assign(String moduleId, Role role, Long schoolId, LocalDate due, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        checkModule(moduleId, errors);
        checkRole(role, true, errors);
        if (schoolId != null && schools.byId(schoolId).isEmpty()) {
            errors.add(new FieldError("school", "school.notFound"));
        }
        if (due == null) {
            errors.add(new FieldError("due", "training.assignment.due.required"));
        } else if (due.isBefore(standing.today())) {
            errors.add(new FieldError("due", "training.assignment.due.past"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Assignment a = repository.add(new Assignment(moduleId, role, schoolId, due, clock.instant(),
                actor.get().accountId()));
        audit.record(actor.get().did("TRAINING_ASSIGNED", "training_assignment", a.id(), schoolId,
                moduleId + " to " + (role == null ? "all staff" : role.securityName()) + " due " + due));
        return assignments(locale).stream().filter(i -> i.id() == a.id()).findFirst().orElseThrow();
    }

    @Transactional
    public void unassign(long assignmentId) {
        Assignment a = repository.assignment(assignmentId)
                .orElseThrow(() -> MyTraining.notFound("assignment"));
        repository.remove(a);
        audit.record(actor.get().did("TRAINING_UNASSIGNED", "training_assignment", a.id(), a.schoolId(),
                a.moduleId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequirementItem> requirements(Locale locale) {
        return repository.requirements().stream().map(r -> new RequirementItem(r.id(), r.role(), r.moduleId(),
                catalog.title(r.moduleId(), locale))).toList();
    }

    @Transactional
    public void require(Role role, String moduleId) {
        List<FieldError> errors = new ArrayList<>();
        checkModule(moduleId, errors);
        checkRole(role, false, errors);
        if (errors.isEmpty() && repository.requirements().stream()
                .anyMatch(r -> r.role() == role && r.moduleId().equals(moduleId))) {
            errors.add(new FieldError("module", "training.requirement.exists"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        RoleRequirement r = repository.add(new RoleRequirement(role, moduleId, clock.instant()));
        audit.record(actor.get().did("TRAINING_REQUIREMENT_ADDED", "training_role_requirement", r.id(), null,
                role.securityName() + " requires " + moduleId));
    }

    @Transactional
    public void unrequire(long requirementId) {
        RoleRequirement r = repository.requirement(requirementId)
                .orElseThrow(() -> MyTraining.notFound("requirement"));
        repository.remove(r);
        audit.record(actor.get().did("TRAINING_REQUIREMENT_REMOVED", "training_role_requirement", r.id(), null,
                r.role().securityName() + " requires " + r.moduleId()));
    }

    private void checkModule(String moduleId, List<FieldError> errors) {
        if (moduleId == null || moduleId.isBlank()) {
            errors.add(new FieldError("module", "training.module.required"));
        } else if (catalog.module(moduleId).isEmpty()) {
            errors.add(new FieldError("module", "training.module.unknown"));
        }
    }

    private static void checkRole(Role role, boolean optional, List<FieldError> errors) {
        if (role == null ? !optional : !TrainingRoles.STAFF.contains(role)) {
            errors.add(new FieldError("role", "training.role.invalid"));
        }
    }

}
