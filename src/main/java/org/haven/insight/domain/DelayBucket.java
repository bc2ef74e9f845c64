package org.haven.insight.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long something took, in Primero's reporting-delay buckets: 0 to 3 days, 4 to 5, 6 to 14, 15 to 30 (two weeks
 * to a month) and over 30 days. Days are whole days elapsed (3 days and 23 hours is 3 days); a negative duration (a
 * clock set back) counts as none.
 */
public enum DelayBucket {
    DAYS_0_3(3), DAYS_4_5(5), DAYS_6_14(14), DAYS_15_30(30), OVER_30(Long.MAX_VALUE);

    private final long upToDays;

    DelayBucket(long upToDays) {
        this.upToDays = upToDays;
    }

    public static DelayBucket of(Duration elapsed) {
        Objects.requireNonNull(elapsed, "elapsed");
        long days = Math.max(0, elapsed.toDays());
        for (DelayBucket b : values()) {
            if (days <= b.upToDays) {
                return b;
            }
        }
        return OVER_30;
    }
}
