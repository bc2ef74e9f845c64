package org.haven.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.audit.application.AuditLog;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.platform.cache.AfterCommit;
import org.haven.platform.cache.ReadCache;
import org.haven.platform.paging.KeysetPage;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.directory.domain.SchoolLevel;
import org.haven.audit.application.CurrentActor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** The district admin's work on schools: list, create, rename, (de)activate. Every change is audited. */
@ApplicationScoped
public class SchoolAdministration {

    @Inject
    DirectoryRepository directory;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    AfterCommit afterCommit;

    /** How long another instance may show the public list of schools after a change (this one: not at all). */
    static final Duration PUBLIC_LIST_LIFETIME = Duration.ofSeconds(60);

    private ReadCache<Boolean, List<SchoolView>> publicList;

    /** The district's school week and zone: read by every deadline and every date shown (issue 15). */
    private ReadCache<Boolean, DistrictSchedule> schedule;

    @PostConstruct
    void createCache() {
        publicList = new ReadCache<>(PUBLIC_LIST_LIFETIME, clock);
        schedule = new ReadCache<>(PUBLIC_LIST_LIFETIME, clock);
    }

    /**
     * The schools a pupil can report to: every active school, by name. Served from memory (the busiest anonymous
     * request): dropped after any change to a school here, kept at most {@link #PUBLIC_LIST_LIFETIME}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolView> activeSchools() {
        return publicList.get(Boolean.TRUE,
                () -> directory.activeSchools().stream().map(SchoolView::of).toList());
    }

    private void schoolsChanged() {
        afterCommit.run(publicList::invalidate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<SchoolView> page(String search, SchoolView after, int size) {
        List<School> rows = directory.schoolsAfter(blankToNull(search), after == null ? null : after.name(),
                after == null ? null : after.id(), size + 1);
        return KeysetPage.of(rows.stream().map(SchoolView::of).toList(), size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String search) {
        return directory.countSchools(blankToNull(search));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchoolView> byCode(String code) {
        if (!SchoolCode.isValid(code)) {
            return Optional.empty();
        }
        return directory.schoolByCode(new SchoolCode(code)).map(SchoolView::of);
    }

    /** The district's country (ISO 3166 alpha-2), which chooses its help lines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String districtCountry() {
        return directory.district().map(District::country).orElse("FR");
    }

    /** A pupil of a school's roster, as staff pick them for a case. */
    public record RosterPupil(long personId, String fullName, String className) implements java.io.Serializable {
    }

    /** Pupils of the school matching the search; the caller checked the actor works in that school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterPupil> pupils(long schoolId, String search, int limit) {
        return directory.pupilsOf(schoolId, search, limit).stream()
                .map(p -> new RosterPupil(p.id(), p.fullName(), p.className())).toList();
    }

    /** The pupil, if they are on this school's roster. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterPupil> pupil(long schoolId, long personId) {
        return directory.person(personId)
                .filter(p -> p.kind() == org.haven.directory.domain.PersonKind.STUDENT && p.school() != null
                        && p.school().id() == schoolId)
                .map(p -> new RosterPupil(p.id(), p.fullName(), p.className()));
    }

    /** The district's school week and time zone, which deadlines in school days are computed with. */
    /** The district's school week, time zone and holiday zone (a letter such as "C", or null for none). */
    public record DistrictSchedule(long districtId, Set<DayOfWeek> daysOff, ZoneId zone, String holidayZone) {
    }

    /**
     * Served from memory: a case page asked for it three times per view. Dropped after a change made here commits;
     * another instance of a cluster sees a change within {@link #PUBLIC_LIST_LIFETIME}. A district not set up yet is
     * never kept, so that the first start's set-up is seen at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DistrictSchedule districtSchedule() {
        DistrictSchedule known = schedule.get(Boolean.TRUE, () -> directory.district()
                .map(d -> new DistrictSchedule(d.id(), d.schoolDaysOff(), d.timeZone(),
                        d.holidayZone())).orElse(null));
        if (known == null) {
            schedule.invalidate();
            return new DistrictSchedule(0, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), ZoneId.of("Europe/Paris"),
                    null);
        }
        return known;
    }

    @Transactional
    public void changeDistrictSchedule(Set<DayOfWeek> daysOff, ZoneId zone) {
        if (daysOff.size() >= DayOfWeek.values().length) {
            throw Invalid.of("daysOff", "calendar.daysOff.all");
        }
        District district = directory.district()
                .orElseThrow(() -> new IllegalStateException("The district is not set up."));
        district.changeSchedule(daysOff, zone);
        afterCommit.run(schedule::invalidate);
        audit.record(actor.get().did("DISTRICT_SCHEDULE_CHANGED", "district", district.id(), null,
                daysOff + " " + zone));
    }

    /** Sets the district's school holiday zone (a letter the caller checked, or null for none); audited. */
    @Transactional
    public void changeHolidayZone(String zone) {
        District district = directory.district()
                .orElseThrow(() -> new IllegalStateException("The district is not set up."));
        String before = district.holidayZone();
        district.changeHolidayZone(zone);
        afterCommit.run(schedule::invalidate);
        audit.record(actor.get().did("DISTRICT_HOLIDAY_ZONE_CHANGED", "district", district.id(), null,
                (before == null ? "-" : before) + " -> " + (zone == null ? "-" : zone)));
    }

    /** Makes the school follow this protocol (null: its level's default). The caller checked the protocol exists. */
    @Transactional
    public SchoolView assignProtocol(long schoolId, String protocolId) {
        School school = directory.school(schoolId)
                .orElseThrow(() -> Invalid.of("id", "school.notFound"));
        school.followProtocol(protocolId);
        audit.record(actor.get().did("SCHOOL_PROTOCOL_ASSIGNED", "school", school.id(), school.id(),
                protocolId == null ? "default" : protocolId));
        return SchoolView.of(school);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchoolView> byId(long id) {
        return directory.school(id).map(SchoolView::of);
    }

    /** The enabled accounts holding one of these roles in the school (who to alert about its reports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> accountsWithRole(long schoolId, java.util.Collection<org.haven.platform.security.Role> roles) {
        return directory.accountIdsWithRole(schoolId, roles);
    }

    /** The enabled accounts holding one of these district-wide roles (the district lead, to alert). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> accountsWithDistrictRole(java.util.Collection<org.haven.platform.security.Role> roles) {
        return directory.accountIdsWithDistrictRole(roles);
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
        schoolsChanged();
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
        schoolsChanged();
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
