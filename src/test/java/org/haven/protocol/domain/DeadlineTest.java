package org.haven.protocol.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1 hour, 1, HOURS, 1 hour",
            "4 hours, 4, HOURS, 4 hours",
            "0 hours, 0, HOURS, 0 hours",
            "2 days, 2, DAYS, 2 days",
            "1 day, 1, DAYS, 1 day",
            "1 school day, 1, SCHOOL_DAYS, 1 school day",
            "3 school days, 3, SCHOOL_DAYS, 3 school days",
            "'  3   School Days ', 3, SCHOOL_DAYS, 3 school days",
            "2 weeks, 14, DAYS, 14 days",
            "1 week, 7, DAYS, 7 days",
    })
    void parsesAndPrintsBack(String text, int amount, DeadlineUnit unit, String canonical) {
        Deadline deadline = Deadline.parse(text);
        assertEquals(new Deadline(amount, unit), deadline);
        assertEquals(canonical, deadline.toString());
        assertEquals(deadline, Deadline.parse(deadline.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tomorrow", "two days", "-1 day", "1.5 hours", "3 schooldays", "3 months", "days 3"})
    void refusesWhatIsNotADeadline(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Deadline.parse(text));
        assertTrue(e.getMessage().contains("is not a deadline"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2 weeks, 2, WEEKS, 2026-03-13",
            "6 weeks, 6, WEEKS, 2026-04-10",
            "3 months, 3, MONTHS, 2026-05-27",
            "10 days, 10, DAYS, 2026-03-09",
            "1 month, 1, MONTHS, 2026-03-27",
    })
    void followUps(String text, int amount, ChronoUnit unit, LocalDate due) {
        FollowUp followUp = FollowUp.parse(text);
        assertEquals(new FollowUp(amount, unit), followUp);
        assertEquals(text, followUp.toString());
        assertEquals(due, followUp.from(LocalDate.of(2026, 2, 27)));
    }

    @Test
    void followUpFromTheEndOfAMonth() {
        assertEquals(LocalDate.of(2026, 4, 30), FollowUp.parse("3 months").from(LocalDate.of(2026, 1, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 weeks", "soon", "2 hours", "1 school day", "weeks"})
    void refusesWhatIsNotAFollowUp(String text) {
        assertThrows(IllegalArgumentException.class, () -> FollowUp.parse(text));
    }
}
