package org.haven.protocol.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineCalculatorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SchoolCalendar WEEKENDS = SchoolCalendar.weekendsOnly();

    /** A local time in Paris as an instant. */
    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private static String due(String start, String deadline, SchoolCalendar calendar) {
        Instant due = DeadlineCalculator.due(paris(start), Deadline.parse(deadline), calendar, PARIS);
        return due.atZone(PARIS).toLocalDateTime().toString();
    }

    // 2026-03-02 is a Monday.

    @Test
    void schoolDaysSkipTheWeekend() {
        assertEquals("2026-03-03T09:30", due("2026-03-02T09:30", "1 school day", WEEKENDS));
        assertEquals("2026-03-09T15:00", due("2026-03-06T15:00", "1 school day", WEEKENDS), "Friday + 1 = Monday");
        assertEquals("2026-03-10T15:00", due("2026-03-06T15:00", "2 school days", WEEKENDS));
        assertEquals("2026-03-13T08:00", due("2026-03-02T08:00", "9 school days", WEEKENDS));
    }

    @Test
    void aStartOnAClosedDayCountsFromTheNextSchoolDay() {
        assertEquals("2026-03-09T10:00", due("2026-03-07T10:00", "1 school day", WEEKENDS), "Saturday + 1 = Monday");
        assertEquals("2026-03-09T23:30", due("2026-03-08T23:30", "1 school day", WEEKENDS), "Sunday night + 1 = Monday");
        assertEquals("2026-03-10T10:00", due("2026-03-07T10:00", "2 school days", WEEKENDS));
        assertEquals("2026-03-09T10:00", due("2026-03-07T10:00", "0 school days", WEEKENDS));
        assertEquals("2026-03-04T10:00", due("2026-03-04T10:00", "0 school days", WEEKENDS));
    }

    @Test
    void wednesdayOff() {
        SchoolCalendar calendar = new SchoolCalendar(
                EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
        assertEquals("2026-03-05T11:00", due("2026-03-03T11:00", "1 school day", calendar), "Tuesday + 1 = Thursday");
        assertEquals("2026-03-09T11:00", due("2026-03-03T11:00", "3 school days", calendar), "Tue + 3 = Monday");
        assertEquals("2026-03-05T11:00", due("2026-03-04T11:00", "1 school day", calendar), "from a Wednesday");
        assertFalse(calendar.isSchoolDay(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void publicHolidays() {
        // Friday 1 May 2026 and Friday 8 May 2026 are public holidays; Thursday 14 May is Ascension.
        SchoolCalendar calendar = new SchoolCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(
                DateRange.day(LocalDate.of(2026, 5, 1)), DateRange.day(LocalDate.of(2026, 5, 8)),
                new DateRange(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15))));
        assertEquals("2026-05-04T16:00", due("2026-04-30T16:00", "1 school day", calendar), "Thu + 1 over 1 May");
        assertEquals("2026-05-11T09:00", due("2026-05-07T09:00", "1 school day", calendar));
        assertEquals("2026-05-18T09:00", due("2026-05-13T09:00", "1 school day", calendar), "Ascension bridge");
        assertEquals("2026-05-19T09:00", due("2026-05-13T09:00", "2 school days", calendar));
    }

    @Test
    void twoWeekSchoolHoliday() {
        // Spring holidays (zone C) 2026: Saturday 18 April to Sunday 3 May.
        SchoolCalendar calendar = new SchoolCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new DateRange(LocalDate.of(2026, 4, 18), LocalDate.of(2026, 5, 3))));
        assertEquals("2026-05-04T14:00", due("2026-04-17T14:00", "1 school day", calendar));
        assertEquals("2026-05-05T14:00", due("2026-04-16T14:00", "3 school days", calendar), "Fri, then Mon and Tue");
        assertEquals("2026-05-04T14:00", due("2026-04-22T14:00", "1 school day", calendar), "reported in the holiday");
        assertEquals("2026-04-24T14:00", due("2026-04-17T14:00", "1 week", calendar), "days ignore the calendar");
    }

    @Test
    void hoursAreClockHoursAcrossMidnight() {
        assertEquals("2026-03-03T00:30", due("2026-03-02T23:30", "1 hour", WEEKENDS));
        assertEquals("2026-03-07T02:00", due("2026-03-06T22:00", "4 hours", WEEKENDS), "hours ignore the calendar");
    }

    @Test
    void daylightSavingTimeInParis() {
        // Clocks go forward on Sunday 29 March 2026 at 02:00 (to 03:00) and back on 25 October at 03:00.
        assertEquals("2026-03-29T03:30", due("2026-03-29T01:30", "1 hour", WEEKENDS), "one real hour later");
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                DeadlineCalculator.due(paris("2026-03-29T01:30"), Deadline.parse("1 hour"), WEEKENDS, PARIS));
        assertEquals("2026-03-30T10:00", due("2026-03-28T10:00", "2 days", WEEKENDS), "days keep the local time");
        assertEquals("2026-03-30T10:00", due("2026-03-27T10:00", "1 school day", WEEKENDS));
        assertEquals(paris("2026-03-30T10:00").getEpochSecond() - paris("2026-03-27T10:00").getEpochSecond(),
                3 * 86400 - 3600, "the weekend lost an hour");
        assertEquals("2026-10-25T02:30", due("2026-10-25T01:30", "1 hour", WEEKENDS).substring(0, 16));
        assertEquals("2026-10-26T09:00", due("2026-10-23T09:00", "1 school day", WEEKENDS));
    }

    @Test
    void aLocalTimeThatDoesNotExistMovesForward() {
        // 02:30 does not exist on 29 March 2026 in Paris; a deadline landing there is 03:30.
        SchoolCalendar everyDay = new SchoolCalendar(EnumSet.noneOf(DayOfWeek.class), List.of());
        assertEquals("2026-03-29T03:30", due("2026-03-28T02:30", "1 school day", everyDay));
    }

    @Test
    void aCalendarWithoutSchoolDaysIsRefused() {
        SchoolCalendar closed = new SchoolCalendar(EnumSet.allOf(DayOfWeek.class), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> due("2026-03-02T09:00", "1 school day", closed));
        assertTrue(e.getMessage().contains("no school day"), e.getMessage());
        SchoolCalendar longClosure = new SchoolCalendar(EnumSet.noneOf(DayOfWeek.class),
                List.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> due("2026-03-02T09:00", "1 school day", longClosure));
        assertEquals("2026-03-03T09:00", due("2026-03-02T09:00", "1 day", closed), "calendar days need no school");
    }

    @Test
    void schoolDaysLate() {
        Instant due = paris("2026-03-06T10:00"); // a Friday
        assertEquals(0, DeadlineCalculator.schoolDaysLate(due, paris("2026-03-06T09:00"), WEEKENDS, PARIS));
        assertEquals(0, DeadlineCalculator.schoolDaysLate(due, paris("2026-03-06T18:00"), WEEKENDS, PARIS));
        assertEquals(0, DeadlineCalculator.schoolDaysLate(due, paris("2026-03-08T18:00"), WEEKENDS, PARIS));
        assertEquals(1, DeadlineCalculator.schoolDaysLate(due, paris("2026-03-09T08:00"), WEEKENDS, PARIS));
        assertEquals(3, DeadlineCalculator.schoolDaysLate(due, paris("2026-03-11T08:00"), WEEKENDS, PARIS));
    }

    @Test
    void dateRanges() {
        DateRange range = new DateRange(LocalDate.of(2026, 4, 18), LocalDate.of(2026, 5, 3));
        assertTrue(range.contains(LocalDate.of(2026, 4, 18)));
        assertTrue(range.contains(LocalDate.of(2026, 5, 3)));
        assertFalse(range.contains(LocalDate.of(2026, 5, 4)));
        assertThrows(IllegalArgumentException.class,
                () -> new DateRange(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 4, 18)));
        assertEquals(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, PARIS).toInstant(), paris("2026-03-02T09:00"));
    }

    // ---------------------------------------------------------------- school holidays (issue 23)

    private static SchoolCalendar zone(HolidayZone zone) {
        return SchoolCalendar.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(),
                org.haven.protocol.infrastructure.ShippedHolidays.of(zone));
    }

    @Test
    void schoolDaysSkipTheChristmasHolidaysOfTheDistrictsZone() {
        SchoolCalendar c = zone(HolidayZone.C);
        // Friday 18 December 2026 is the last school day before Christmas; classes resume on Monday 4 January.
        assertEquals("2027-01-04T15:00", due("2026-12-18T15:00", "1 school day", c));
        assertEquals("2027-01-05T15:00", due("2026-12-18T15:00", "2 school days", c));
        assertEquals("2027-01-04T09:00", due("2026-12-23T09:00", "0 school days", c), "from within the holidays");
        assertEquals("2027-01-04T09:00", due("2026-12-23T09:00", "1 school day", c));
        assertEquals("2026-12-21T15:00", due("2026-12-18T15:00", "1 school day", WEEKENDS), "without a zone");
        assertEquals("2026-12-25T15:00", due("2026-12-18T15:00", "7 days", c), "calendar days do not skip them");
    }

    @Test
    void winterHolidaysFollowTheZone() {
        // Friday 12 February 2027: zone A stops until 1 March, zone C is back from its holidays on 22 February.
        assertEquals("2027-03-01T10:00", due("2027-02-12T10:00", "1 school day", zone(HolidayZone.A)));
        assertEquals("2027-02-15T10:00", due("2027-02-12T10:00", "1 school day", zone(HolidayZone.B)));
        assertEquals("2027-02-22T10:00", due("2027-02-05T10:00", "1 school day", zone(HolidayZone.C)));
    }

    @Test
    void theAscensionBridgeIsSkipped() {
        // Wednesday 5 May 2027 after class to Monday 10 May.
        assertEquals("2027-05-10T16:00", due("2027-05-05T16:00", "1 school day", zone(HolidayZone.B)));
    }

    @Test
    void aStepIsNotLateDuringTheHolidays() {
        SchoolCalendar c = zone(HolidayZone.A);
        Instant due = paris("2026-12-18T12:00");
        assertEquals(0, DeadlineCalculator.schoolDaysLate(due, paris("2027-01-03T12:00"), c, PARIS));
        assertEquals(2, DeadlineCalculator.schoolDaysLate(due, paris("2027-01-05T12:00"), c, PARIS));
    }

    @Test
    void closuresTheAdminAddedCountWithTheHolidays() {
        SchoolCalendar c = SchoolCalendar.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(DateRange.day(LocalDate.of(2027, 1, 4))),
                org.haven.protocol.infrastructure.ShippedHolidays.of(HolidayZone.C));
        assertEquals("2027-01-05T15:00", due("2026-12-18T15:00", "1 school day", c));
    }
}
