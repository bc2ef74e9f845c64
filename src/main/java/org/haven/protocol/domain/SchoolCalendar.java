package org.haven.protocol.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The days a school is open: every day but the weekly days off and the closures (holidays). */
public record SchoolCalendar(Set<DayOfWeek> daysOff, List<DateRange> closures) {

    public SchoolCalendar {
        daysOff = Collections.unmodifiableSet(daysOff.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(daysOff));
        closures = List.copyOf(closures);
    }

    public static SchoolCalendar weekendsOnly() {
        return new SchoolCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
    }

    public boolean isSchoolDay(LocalDate day) {
        return !daysOff.contains(day.getDayOfWeek()) && closures.stream().noneMatch(c -> c.contains(day));
    }
}
