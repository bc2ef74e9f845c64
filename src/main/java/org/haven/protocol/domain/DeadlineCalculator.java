package org.haven.protocol.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Due dates from a start and a protocol deadline, on the district's school calendar. */
public final class DeadlineCalculator {

    /** A calendar with no school day in this many days after a date is refused as a configuration error. */
    private static final int MAX_DAYS_WITHOUT_SCHOOL = 731;

    private DeadlineCalculator() {
    }

    /**
     * HOURS are clock hours; DAYS calendar days at the same local time; SCHOOL_DAYS n the same local time on the
     * n-th school day after the start's local date (Friday 15:00 + 1 = Monday 15:00; Saturday 10:00 + 1 =
     * Monday 10:00). Zero school days from a closed day is the next school day.
     *
     * @throws IllegalArgumentException when the calendar has no school day in the next two years
     */
    public static Instant due(Instant start, Deadline deadline, SchoolCalendar calendar, ZoneId zone) {
        ZonedDateTime local = start.atZone(zone);
        return switch (deadline.unit()) {
            case HOURS -> start.plus(Duration.ofHours(deadline.amount()));
            case DAYS -> local.plusDays(deadline.amount()).toInstant();
            case SCHOOL_DAYS -> ZonedDateTime.of(schoolDayAfter(local.toLocalDate(), deadline.amount(), calendar),
                    local.toLocalTime(), zone).toInstant();
        };
    }

    /** The n-th school day after the given day (n = 0: that day if it is a school day, else the next one). */
    public static LocalDate schoolDayAfter(LocalDate day, int n, SchoolCalendar calendar) {
        LocalDate current = day;
        if (n == 0) {
            return calendar.isSchoolDay(day) ? day : nextSchoolDay(day, calendar);
        }
        for (int counted = 0; counted < n; counted++) {
            current = nextSchoolDay(current, calendar);
        }
        return current;
    }

    private static LocalDate nextSchoolDay(LocalDate day, SchoolCalendar calendar) {
        LocalDate current = day;
        for (int i = 0; i < MAX_DAYS_WITHOUT_SCHOOL; i++) {
            current = current.plusDays(1);
            if (calendar.isSchoolDay(current)) {
                return current;
            }
        }
        throw new IllegalArgumentException("the school calendar has no school day in the two years after " + day);
    }

    /**
     * How many school days a step is late: the school days after the due date up to and including today's
     * (0 when not late, or late on the due day itself).
     */
    public static long schoolDaysLate(Instant due, Instant now, SchoolCalendar calendar, ZoneId zone) {
        if (!now.isAfter(due)) {
            return 0;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = due.atZone(zone).toLocalDate();
        long late = 0;
        while (true) {
            day = nextSchoolDay(day, calendar);
            if (day.isAfter(today)) {
                return late;
            }
            late++;
        }
    }
}
