package org.haven.insight.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class PeriodSlicesTest {

    private static Period p(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aPeriodOfWholeMonthsHasNoEdges() {
        PeriodSlices s = PeriodSlices.of(p("2025-09-01", "2026-08-31"));

        assertEquals(LocalDate.parse("2025-09-01"), s.firstMonth());
        assertEquals(LocalDate.parse("2026-08-01"), s.lastMonth());
        assertEquals(List.of(), s.edges());
    }

    @Test
    void partialFirstAndLastMonthsAreReadAsDays() {
        PeriodSlices s = PeriodSlices.of(p("2025-12-15", "2026-12-14"));

        assertEquals(LocalDate.parse("2026-01-01"), s.firstMonth());
        assertEquals(LocalDate.parse("2026-11-01"), s.lastMonth());
        assertEquals(List.of(p("2025-12-15", "2025-12-31"), p("2026-12-01", "2026-12-14")), s.edges());
    }

    @Test
    void aPeriodInsideOneMonthIsAllDays() {
        PeriodSlices s = PeriodSlices.of(p("2026-02-03", "2026-02-27"));

        assertFalse(s.hasWholeMonths());
        assertNull(s.lastMonth());
        assertEquals(List.of(p("2026-02-03", "2026-02-27")), s.edges());
    }

    @Test
    void twoPartialMonthsSideBySideAreAllDays() {
        PeriodSlices s = PeriodSlices.of(p("2026-01-20", "2026-02-10"));

        assertFalse(s.hasWholeMonths());
        assertEquals(List.of(p("2026-01-20", "2026-02-10")), s.edges());
    }

    @Test
    void oneWholeMonthAndTheLastDayOfFebruaryInALeapYear() {
        assertEquals(new PeriodSlices(LocalDate.parse("2028-02-01"), LocalDate.parse("2028-02-01"), List.of()),
                PeriodSlices.of(p("2028-02-01", "2028-02-29")));
        assertEquals(new PeriodSlices(LocalDate.parse("2028-02-01"), LocalDate.parse("2028-02-01"),
                        List.of(p("2028-01-31", "2028-01-31"), p("2028-03-01", "2028-03-01"))),
                PeriodSlices.of(p("2028-01-31", "2028-03-01")));
    }

    @Test
    void everyDayIsCoveredExactlyOnce() {
        LocalDate base = LocalDate.parse("2024-01-01");
        for (int start = 0; start < 70; start += 3) {
            for (int length = 0; length < 120; length += 7) {
                Period period = new Period(base.plusDays(start), base.plusDays(start + length));
                PeriodSlices s = PeriodSlices.of(period);
                long days = s.edges().stream().mapToLong(Period::days).sum();
                if (s.hasWholeMonths()) {
                    days += java.time.temporal.ChronoUnit.DAYS.between(s.firstMonth(), s.lastMonth().plusMonths(1));
                }
                assertEquals(period.days(), days, period.toString());
            }
        }
    }
}
