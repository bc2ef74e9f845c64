package org.haven.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.MyDirectory;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.util.Optional;

/**
 * For a signed-in student: their school chosen in advance, and their name and class ready in case they choose
 * not to stay anonymous (anonymity stays the default).
 */
@RequestScoped
public class StudentDefaults {

    @Inject
    CurrentActor actor;

    @Inject
    SchoolAdministration schools;

    @Inject
    MyDirectory my;

    /** Fills in what is known; true when the author is a signed-in student. */
    boolean fill(WizardAnswers answers) {
        Optional<HavenPrincipal> student = actor.principal().filter(p -> p.hasRole(Role.Names.STUDENT));
        if (student.isEmpty()) {
            return false;
        }
        student.get().schoolsWhere(Role.Names.STUDENT).stream().findFirst()
                .flatMap(schools::byId).filter(SchoolView::active)
                .ifPresent(s -> answers.setSchoolCode(s.code()));
        my.myPupilRecord().ifPresentOrElse(p -> {
            answers.setReporterName(p.firstName() + " " + p.lastName());
            answers.setReporterClass(p.className());
        }, () -> answers.setReporterName(student.get().displayName()));
        return true;
    }
}
