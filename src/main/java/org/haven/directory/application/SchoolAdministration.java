package org.haven.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.DirectorySearch;
import org.haven.directory.domain.District;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.platform.cache.AfterCommit;
import org.haven.platform.cache.ReadCache;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The district's schools and settings as every feature reads them (the public list, a school, its pupils, who holds
 * a role there, the school week), and the district-wide settings; the admin's list and edits are
 * {@link SchoolRegister}'s. Every change is audited.
 */
@ApplicationScoped
public class SchoolAdministration {

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySearch lists;

    @Inject
    PeopleRepository people;

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

    /** Drops the public list of schools once the change commits. */
    void schoolsChanged() {
        afterCommit.run(publicList::invalidate);
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
    public record RosterPupil(long personId, String fullName, String className) implements Serializable {
    }

    /** Pupils of the school matching the search; the caller checked the actor works in that school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterPupil> pupils(long schoolId, String search, int limit) {
        return lists.pupilsOf(schoolId, search, limit).stream()
                .map(p -> new RosterPupil(p.id(), p.fullName(), p.className())).toList();
    }

    /** The pupil, if they are on this school's roster. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterPupil> pupil(long schoolId, long personId) {
        return people.person(personId)
                .filter(p -> p.kind() == PersonKind.STUDENT && p.school() != null
                        && p.school().id() == schoolId)
                .map(p -> new RosterPupil(p.id(), p.fullName(), p.className()));
    }

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
    public List<Long> accountsWithRole(long schoolId, Collection<Role> roles) {
        return directory.accountIdsWithRole(schoolId, roles);
    }

    /** The enabled accounts holding one of these district-wide roles (the district lead, to alert). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> accountsWithDistrictRole(Collection<Role> roles) {
        return directory.accountIdsWithDistrictRole(roles);
    }
}
