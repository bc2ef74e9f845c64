package org.haven.protocol.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One school holiday of the official calendar, as the calendar gives it: the day classes end (after class) and the
 * day they resume. Kept in that form so that each line can be checked against the published text as is.
 *
 * @param provisional not published yet when the data was written: shown as such to the administrator
 */
public record SchoolHoliday(String schoolYear, Period period, Set<HolidayZone> zones, LocalDate classesEnd,
                            LocalDate classesResume, boolean provisional) {

    /** The holidays of the French calendar, named in the bundles (calendar.holiday.*). */
    public enum Period {
        TOUSSAINT, NOEL, HIVER, PRINTEMPS, ASCENSION, ETE
    }

    public SchoolHoliday {
        zones = Set.copyOf(zones);
        if (!classesResume.isAfter(classesEnd.plusDays(1))) {
            throw new IllegalArgumentException("a holiday needs at least one day without school between "
                    + classesEnd + " and " + classesResume);
        }
    }

    /** The days without school: from the day after classes end to the day before they resume. */
    public DateRange closedDays() {
        return new DateRange(classesEnd.plusDays(1), classesResume.minusDays(1));
    }

    public boolean appliesTo(HolidayZone zone) {
        return zone != null && zones.contains(zone);
    }
}
