package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.security.Role;
import org.haven.training.application.TrainingViews.ModuleCard;
import org.haven.training.application.TrainingViews.MyState;
import org.haven.training.domain.ActivitySummary;
import org.haven.training.domain.Assignment;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.ComplianceStatus;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where one person stands with one module: assigned or required, due when, trained until when. */
@ApplicationScoped
public class TrainingStanding {

    /** A valid certificate that expires within this time asks for a refresher. */
    static final Duration REFRESHER_NOTICE = Duration.ofDays(60);

    @Inject
    TrainingRepository repository;

    @Inject
    StaffRoster roster;

    @Inject
    Clock clock;

    @Inject

    DistrictZone districtZone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(districtZone.zone()));
    }

    ModuleCard card(long accountId, TrainingModule m, Locale locale) {
        List<StaffMember> entries = roster.of(accountId);
        Set<Role> roles = entries.stream().flatMap(e -> e.roles().stream()).collect(Collectors.toSet());
        LocalDate due = due(repository.assignments(), entries, m.id());
        boolean assigned = repository.assignments().stream().anyMatch(a -> a.moduleId().equals(m.id())
                && entries.stream().anyMatch(e -> a.appliesTo(e.schoolId(), e.roles())));
        boolean required = requiredModules(roles).contains(m.id());
        Instant now = clock.instant();
        Optional<ActivitySummary> activity = repository.activityOf(accountId, now).stream()
                .filter(a -> a.moduleId().equals(m.id())).findFirst();
        Optional<Certificate> latest = repository.certificates(accountId).stream()
                .filter(c -> c.moduleId().equals(m.id())).findFirst();
        Set<String> done = repository.progress(accountId, m.id()).stream().map(LessonProgress::lessonId)
                .collect(Collectors.toSet());
        int lessonsDone = (int) m.lessons().stream().map(Lesson::id).filter(done::contains).count();
        MyState state = state(activity.orElse(null), latest.orElse(null), due, now);
        Certificate valid = latest.filter(c -> c.validAt(now)).orElse(null);
        return new ModuleCard(m.id(), m.title().in(locale), m.summary().in(locale), m.minutes(), lessonsDone,
                m.lessons().size(), assigned, required, due, state, valid == null ? null : valid.expiresAt(),
                valid == null ? null : valid.id());
    }

    private MyState state(ActivitySummary activity, Certificate latest, LocalDate due, Instant now) {
        if (latest != null && latest.validAt(now)) {
            return latest.expiresAt() != null && latest.expiresAt().isBefore(now.plus(REFRESHER_NOTICE))
                    ? MyState.EXPIRING : MyState.TRAINED;
        }
        ComplianceStatus status = ComplianceStatus.of(false, activity == null ? null : activity.lastActivity(),
                latest == null ? null : latest.issuedAt(), due, today());
        if (status == ComplianceStatus.NOT_STARTED && latest != null) {
            return MyState.EXPIRED;
        }
        return MyState.valueOf(status.name());
    }

    /** The earliest due date of the assignments of this module that apply to any of these staff entries. */
    static LocalDate due(Collection<Assignment> assignments, Collection<StaffMember> entries, String moduleId) {
        return assignments.stream().filter(a -> a.moduleId().equals(moduleId))
                .filter(a -> entries.stream().anyMatch(e -> a.appliesTo(e.schoolId(), e.roles())))
                .map(Assignment::dueOn).min(LocalDate::compareTo).orElse(null);
    }

    Set<String> requiredModules(Collection<Role> roles) {
        return repository.requirements().stream().filter(r -> roles.contains(r.role()))
                .map(RoleRequirement::moduleId).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
