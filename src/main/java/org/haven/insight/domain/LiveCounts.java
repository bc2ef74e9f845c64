package org.haven.insight.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A figure that has no counter and is counted at reading time by the feature that owns its records (steps overdue
 * now, referrals and takedown requests whose outcome changes after the period, training standing): insight owns the
 * question and the feature answers it, so that insight never reads another feature's tables. Each answer is one
 * grouped count through an index of the owner's table, measured in the benchmark (docs/performance.md).
 */
public interface LiveCounts {

    /** The figure this source counts. */
    Figure figure();

    /**
     * Every key a breakdown owned by this figure has (kind, outcome, delay, status ...), in the order shown, zeros
     * included; empty when the keys are only those counted (protocol steps, roles).
     */
    List<String> keys(Breakdown by);

    /**
     * The counts grouped by the breakdown's key (the school's id for SCHOOL, yyyy-MM for MONTH), for these schools
     * only; {@code category} null for all.
     */
    List<CubeCount> count(Breakdown by, Period period, Collection<Long> schoolIds, String category, Instant now);
}
