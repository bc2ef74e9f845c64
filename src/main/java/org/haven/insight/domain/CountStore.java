package org.haven.insight.domain;

import org.haven.directory.domain.SchoolLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The aggregates: counters per measure, day, school, category and dimension, added to in the transaction of the
 * change they count, and summed for a dashboard without reading a single case. Every counter is kept three times:
 * for its school, for the whole district ({@link #DISTRICT}) and for the school's level
 * ({@link CounterScope#levelKey}), so that a district-wide or level-wide figure sums 100 to 200 times fewer rows.
 */
public interface CountStore {

    /** The school id under which the whole district's counters are kept. */
    long DISTRICT = 0;

    /** Adds one to a counter (creates it at one). */
    default void increment(Measure measure, LocalDate day, long schoolId, String category, String dimension) {
        add(measure, day, schoolId, category, dimension, 1);
    }

    /** Adds n to a counter of the school and to the district's (creates them at n). */
    void add(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n);

    /**
     * Moves at most {@code batch} committed increments into the counters; returns how many it moved (0 when none
     * or when another instance is folding).
     */
    int fold(int batch);

    /** Notes a report's first staff action; false when one was already noted (it is counted once). */
    boolean firstActionOn(long reportId, Instant at);

    /**
     * The sums of a measure over a period and some counter rows, grouped by the breakdown's key: the category, the
     * school's id, the month (yyyy-MM) or the dimension. {@code categories} the categories counted, empty for all
     * (the month counters then read their all-categories row).
     */
    List<CubeCount> sum(Measure measure, Breakdown by, Period period, CounterScope scope,
                        Collection<String> categories);

    /** The schools whose folded counters the level rows hold, with the level they are kept under. */
    Map<Long, SchoolLevel> levelsCounted();
}
