package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.DateRange;
import org.haven.protocol.domain.HolidayZone;
import org.haven.protocol.domain.SchoolHoliday;
import org.haven.protocol.domain.SchoolHoliday.Period;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippedHolidaysTest {

    @Test
    void everyZoneHasTheSixHolidaysOf2026To2027() {
        for (HolidayZone zone : HolidayZone.values()) {
            Set<Period> periods = ShippedHolidays.of(zone).stream().filter(h -> h.schoolYear().equals("2026-2027"))
                    .map(SchoolHoliday::period).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(Period.class), periods, "zone " + zone);
        }
    }

    @Test
    void theShippedDatesAreWhatTheOfficialCalendarLooksLike() {
        for (SchoolHoliday h : ShippedHolidays.all()) {
            DayOfWeek resume = h.classesResume().getDayOfWeek();
            assertTrue(resume == DayOfWeek.MONDAY || h.period() == Period.ETE, h + " resumes on a Monday");
            assertTrue(h.closedDays().to().isAfter(h.closedDays().from()), h + " lasts more than a day");
        }
        List<SchoolHoliday> c = ShippedHolidays.of(HolidayZone.C);
        assertTrue(c.stream().anyMatch(h -> h.period() == Period.NOEL
                && h.closedDays().equals(new DateRange(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 3)))));
    }

    @Test
    void winterHolidaysDifferByZone() {
        Set<LocalDate> starts = EnumSet.allOf(HolidayZone.class).stream()
                .flatMap(z -> ShippedHolidays.of(z).stream())
                .filter(h -> h.period() == Period.HIVER && h.schoolYear().equals("2026-2027"))
                .map(SchoolHoliday::classesEnd).collect(Collectors.toSet());
        assertEquals(3, starts.size());
    }

    @Test
    void noZoneNoHolidays() {
        assertEquals(List.of(), ShippedHolidays.of(null));
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        String header = "# comment\nschool_year,period,zones,classes_end,classes_resume,status\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShippedHolidays.parse(
                header + "2026-2027,NOEL,A B C,2026-12-19,2027-01-04,published\n2026-2027,NOEL,D,2026-12-19,2027-01-04,published\n"));
        assertTrue(e.getMessage().contains(":4:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShippedHolidays.parse(
                header + "2026-2027,NOEL,A,2027-01-04,2026-12-19,published\n"), "resumes before it ends");
        assertThrows(IllegalArgumentException.class, () -> ShippedHolidays.parse(
                header + "2026-2027,NOEL,A,2026-12-19,2027-01-04,maybe\n"));
        assertThrows(IllegalArgumentException.class, () -> ShippedHolidays.parse("year,period\n"));
    }
}
