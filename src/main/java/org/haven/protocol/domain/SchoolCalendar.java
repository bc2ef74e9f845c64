package org.haven.protocol.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The days a school is open: every day but the weekly days off and the closures: the ones the administrator
 * added and the school holidays of the district's zone.
 */
public record SchoolCalendar(Set<DayOfWeek> daysOff, List<DateRange> closures) {

    public SchoolCalendar {
        daysOff = Collections.unmodifiableSet(daysOff.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(daysOff));
        closures = List.copyOf(closures);
    }

    /** A calendar of these weekly days off, closures and the days without school of these holidays. */
    public static SchoolCalendar of(Set<DayOfWeek> daysOff, List<DateRange> closures, List<SchoolHoliday> holidays) {
        List<DateRange> all = new ArrayList<>(closures);
        holidays.forEach(h -> all.add(h.closedDays()));
        return new SchoolCalendar(daysOff, all);
    }

    public static SchoolCalendar weekendsOnly() {
        return new SchoolCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
    }

    public boolean isSchoolDay(LocalDate day) {
        return !daysOff.contains(day.getDayOfWeek()) && closures.stream().noneMatch(c -> c.contains(day));
    }
}
