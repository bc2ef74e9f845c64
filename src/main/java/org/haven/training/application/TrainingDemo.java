package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.platform.security.Role;
import org.haven.training.domain.Assignment;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.CertificateCode;
import org.haven.training.domain.Lesson;
import org.haven.training.domain.LessonProgress;
import org.haven.training.domain.RoleRequirement;
import org.haven.training.domain.StaffMember;
import org.haven.training.domain.StaffRoster;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.TrainingRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training in the demo district, so that compliance pages are not empty: the signs module assigned to all staff,
 * the referents' and heads' modules to them (one already overdue), what referents and heads require, and a few
 * completions and lessons read. Loaded once, when no assignment exists yet and the demo schools do.
 */
@ApplicationScoped
public class TrainingDemo {

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingRepository repository;

    @Inject
    StaffRoster roster;

    @Inject
    SchoolAdministration schools;

    @Inject
    TrainingStanding standing;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public void loadIfAbsent() {
        if (!repository.assignments().isEmpty() || schools.byCode("DEMO-COLLEGE").isEmpty()
                || catalog.module("school-protocol").isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = standing.today();
        repository.add(new Assignment("signs-of-harassment", null, null, today.plusDays(90), now, null));
        repository.add(new Assignment("first-conversation", Role.REFERENT, null, today.minusDays(10), now, null));
        repository.add(new Assignment("danger-and-evidence", Role.REFERENT, null, today.plusDays(60), now, null));
        repository.add(new Assignment("school-protocol", Role.HEAD_OF_SCHOOL, null, today.plusDays(30), now, null));
        repository.add(new RoleRequirement(Role.REFERENT, "first-conversation", now));
        repository.add(new RoleRequirement(Role.REFERENT, "school-protocol", now));
        repository.add(new RoleRequirement(Role.HEAD_OF_SCHOOL, "school-protocol", now));

        Map<String, StaffMember> staff = roster.staff(null).stream()
                .collect(Collectors.toMap(StaffMember::username, Function.identity(), (a, b) -> a));
        certify(staff.get("referent.college"), "signs-of-harassment", now.minus(Duration.ofDays(200)));
        certify(staff.get("referent.college"), "first-conversation", now.minus(Duration.ofDays(190)));
        certify(staff.get("referent.college"), "school-protocol", now.minus(Duration.ofDays(180)));
        certify(staff.get("head.lycee"), "signs-of-harassment", now.minus(Duration.ofDays(30)));
        certify(staff.get("head.ecole"), "school-protocol", now.minus(Duration.ofDays(800)));
        read(staff.get("referent.ecole"), "first-conversation", 1, now.minus(Duration.ofDays(3)));
        read(staff.get("teacher.lycee"), "signs-of-harassment", 1, now.minus(Duration.ofDays(2)));
        audit.record(Actor.SYSTEM.did("DEMO_TRAINING_LOADED", "training_assignment", null, null,
                "4 assignments, 3 requirements, 5 certificates"));
    }

    private void certify(StaffMember member, String moduleId, Instant at) {
        if (member == null) {
            return;
        }
        TrainingModule m = catalog.module(moduleId).orElseThrow();
        read(member, moduleId, m.lessons().size(), at.minus(Duration.ofHours(1)));
        repository.add(new Certificate(CertificateCode.generate(), member.accountId(), m, null,
                member.displayName(), at));
    }

    private void read(StaffMember member, String moduleId, int lessons, Instant at) {
        if (member == null) {
            return;
        }
        List<Lesson> all = catalog.module(moduleId).orElseThrow().lessons();
        for (Lesson l : all.subList(0, Math.min(lessons, all.size()))) {
            repository.complete(new LessonProgress(member.accountId(), moduleId, l.id(), at), member.accountId(),
                    moduleId, l.id());
        }
    }
}
