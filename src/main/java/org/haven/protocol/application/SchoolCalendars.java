package org.haven.protocol.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolAdministration.DistrictSchedule;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.text.Texts;
import org.haven.protocol.domain.CalendarClosure;
import org.haven.protocol.domain.CalendarClosureRepository;
import org.haven.protocol.domain.HolidayZone;
import org.haven.protocol.domain.SchoolCalendar;
import org.haven.protocol.domain.SchoolHoliday;
import org.haven.protocol.infrastructure.ShippedHolidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The district's school calendar (school week, public and school holidays) that deadlines in school days are
 * counted on: the closures the administrator adds and the shipped French school holidays of the district's zone.
 * Configured by the district administrator; every change is audited.
 */
@ApplicationScoped
public class SchoolCalendars {

    @Inject
    CalendarClosureRepository closures;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** The calendar deadlines are computed with now: closures and the holidays of the district's zone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SchoolCalendar current() {
        DistrictSchedule schedule = schools.districtSchedule();
        return SchoolCalendar.of(schedule.daysOff(), closures().stream().map(CalendarClosure::range).toList(),
                ShippedHolidays.of(holidayZone(schedule)));
    }

    /** The district's holiday zone, or null when none is picked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HolidayZone holidayZone() {
        return holidayZone(schools.districtSchedule());
    }

    /** The shipped school holidays of the district's zone (none without a zone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolHoliday> holidays() {
        return ShippedHolidays.of(holidayZone());
    }

    /** Picks the district's holiday zone ("A", "B", "C"; blank or null: none). */
    @Transactional
    public void changeHolidayZone(String zone) {
        HolidayZone picked;
        try {
            picked = Texts.enumOrNull(HolidayZone.class, zone);
        } catch (IllegalArgumentException e) {
            throw Invalid.of("holidayZone", "calendar.holidayZone.invalid");
        }
        schools.changeHolidayZone(picked == null ? null : picked.name());
    }

    private static HolidayZone holidayZone(DistrictSchedule schedule) {
        return schedule.holidayZone() == null ? null : HolidayZone.valueOf(schedule.holidayZone());
    }

    public ZoneId zone() {
        return schools.districtSchedule().zone();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DistrictSchedule schedule() {
        return schools.districtSchedule();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarClosure> closures() {
        return closures.all();
    }

    @Transactional
    public void changeWeek(Set<DayOfWeek> daysOff, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId == null ? "" : zoneId.strip());
        } catch (RuntimeException e) {
            throw Invalid.of("zone", "calendar.zone.invalid");
        }
        schools.changeDistrictSchedule(daysOff, zone);
    }

    @Transactional
    public CalendarClosure addClosure(CalendarClosure.Kind kind, LocalDate first, LocalDate last, String label) {
        List<FieldError> errors = ClosureRules.check(kind, first, last, label);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        CalendarClosure closure = new CalendarClosure(schools.districtSchedule().districtId(), kind, first, last,
                label.strip());
        closures.add(closure);
        audit.record(actor.get().did("CALENDAR_CLOSURE_ADDED", "calendar_closure", closure.id(), null,
                kind + " " + first + ".." + last));
        return closure;
    }

    @Transactional
    public void removeClosure(long id) {
        CalendarClosure closure = closures.byId(id)
                .orElseThrow(() -> Invalid.of("id", "calendar.notFound"));
        closures.remove(closure);
        audit.record(actor.get().did("CALENDAR_CLOSURE_REMOVED", "calendar_closure", id, null,
                closure.kind() + " " + closure.firstDay() + ".." + closure.lastDay()));
    }
}
