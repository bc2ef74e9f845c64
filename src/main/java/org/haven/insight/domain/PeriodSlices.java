package org.haven.insight.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut the way the aggregates are read: its whole calendar months, summed from the month counters (about
 * 12 rows a key for a year instead of 365), and the days at its edges that do not fill a month, summed from the day
 * counters. Together they cover every day of the period exactly once.
 *
 * @param firstMonth the first day of the first whole month, null when the period holds no whole month
 * @param lastMonth  the first day of the last whole month, null when none
 * @param edges      the day ranges outside the whole months (none, one or two), in order
 */
public record PeriodSlices(LocalDate firstMonth, LocalDate lastMonth, List<Period> edges) {

    public PeriodSlices {
        edges = List.copyOf(edges);
    }

    public static PeriodSlices of(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate afterLast = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to.plusDays(1)
                : to.withDayOfMonth(1);
        if (!first.isBefore(afterLast)) {
            return new PeriodSlices(null, null, List.of(period));
        }
        List<Period> edges = new ArrayList<>();
        if (from.isBefore(first)) {
            edges.add(new Period(from, first.minusDays(1)));
        }
        if (!to.isBefore(afterLast)) {
            edges.add(new Period(afterLast, to));
        }
        return new PeriodSlices(first, afterLast.minusMonths(1), edges);
    }

    /** Whether some whole months are read from the month counters. */
    public boolean hasWholeMonths() {
        return firstMonth != null;
    }
}
