package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.DirectorySearch;
import org.haven.directory.domain.District;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.paging.KeysetPage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The district admin's list of schools: pages of it, and creating, renaming and (de)activating a school. Every
 * change is audited and drops the public list of schools that {@link SchoolAdministration} keeps in memory.
 */
@ApplicationScoped
public class SchoolRegister {

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySearch lists;

    @Inject
    SchoolAdministration schools;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<SchoolView> page(String search, SchoolView after, int size) {
        List<School> rows = lists.schoolsAfter(blankToNull(search), after == null ? null : after.name(),
                after == null ? null : after.id(), size + 1);
        return KeysetPage.of(rows.stream().map(SchoolView::of).toList(), size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String search) {
        return lists.countSchools(blankToNull(search));
    }

    @Transactional
    public SchoolView create(String code, String name, SchoolLevel level) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("code", "school.code.required"));
        } else if (!SchoolCode.isValid(code)) {
            errors.add(new FieldError("code", "school.code.format"));
        } else if (directory.schoolByCode(new SchoolCode(code)).isPresent()) {
            errors.add(new FieldError("code", "school.code.taken", code.strip().toUpperCase()));
        }
        checkName(name, errors);
        if (level == null) {
            errors.add(new FieldError("level", "school.level.required"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        District district = directory.district()
                .orElseThrow(() -> new IllegalStateException("The district is not set up."));
        School school = directory.add(new School(district.id(), new SchoolCode(code), name, level, clock.instant()));
        audit.record(actor.get().did("SCHOOL_CREATED", "school", school.id(), school.id(), school.code().value()));
        schools.schoolsChanged();
        return SchoolView.of(school);
    }

    @Transactional
    public SchoolView update(long id, String name, SchoolLevel level, boolean active) {
        School school = directory.school(id)
                .orElseThrow(() -> Invalid.of("id", "school.notFound"));
        List<FieldError> errors = new ArrayList<>();
        checkName(name, errors);
        if (level == null) {
            errors.add(new FieldError("level", "school.level.required"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        school.rename(name);
        school.changeLevel(level);
        school.setActive(active);
        audit.record(actor.get().did("SCHOOL_UPDATED", "school", school.id(), school.id(), null));
        schools.schoolsChanged();
        return SchoolView.of(school);
    }

    private static void checkName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "school.name.required"));
        } else if (name.strip().length() > School.NAME_MAX) {
            errors.add(new FieldError("name", "school.name.tooLong", School.NAME_MAX));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "text.controlCharacters"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
