package org.haven.insight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The aggregates: counters per measure, day, school, category and dimension, added to in the transaction of the
 * change they count, and summed for a dashboard without reading a single case.
 */
public interface CountStore {

    /** Adds one to a counter (creates it at one). */
    default void increment(Measure measure, LocalDate day, long schoolId, String category, String dimension) {
        add(measure, day, schoolId, category, dimension, 1);
    }

    /** Adds n to a counter (creates it at n). */
    void add(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n);

    /** Notes a report's first staff action; false when one was already noted (it is counted once). */
    boolean firstActionOn(long reportId, Instant at);

    /**
     * The sums of a measure over a period and some schools, grouped by the breakdown's key: the category, the
     * school's id, the month (yyyy-MM) or the dimension. {@code category} null for all.
     */
    List<CubeCount> sum(Measure measure, Breakdown by, Period period, Collection<Long> schoolIds, String category);
}
