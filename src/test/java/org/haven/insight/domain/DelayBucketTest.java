package org.haven.insight.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelayBucketTest {

    @Test
    void primeroBucketsByWholeDaysElapsed() {
        assertEquals(DelayBucket.DAYS_0_3, DelayBucket.of(Duration.ZERO));
        assertEquals(DelayBucket.DAYS_0_3, DelayBucket.of(Duration.ofDays(3).plusHours(23)));
        assertEquals(DelayBucket.DAYS_4_5, DelayBucket.of(Duration.ofDays(4)));
        assertEquals(DelayBucket.DAYS_4_5, DelayBucket.of(Duration.ofDays(5)));
        assertEquals(DelayBucket.DAYS_6_14, DelayBucket.of(Duration.ofDays(6)));
        assertEquals(DelayBucket.DAYS_6_14, DelayBucket.of(Duration.ofDays(14)));
        assertEquals(DelayBucket.DAYS_15_30, DelayBucket.of(Duration.ofDays(15)));
        assertEquals(DelayBucket.DAYS_15_30, DelayBucket.of(Duration.ofDays(30)));
        assertEquals(DelayBucket.OVER_30, DelayBucket.of(Duration.ofDays(31)));
        assertEquals(DelayBucket.DAYS_0_3, DelayBucket.of(Duration.ofHours(-2)), "a clock set back");
    }

    @Test
    void periodsAreCheckedFieldByField() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        List<Period.Problem> problems = new ArrayList<>();
        assertEquals(new Period(LocalDate.of(2025, 12, 5), today), Period.parse(null, null, today, problems).orElseThrow());
        assertTrue(Period.parse("2026-13-01", null, today, problems).isEmpty());
        assertEquals(List.of(new Period.Problem("from", "insight.date.invalid")), problems);
        problems.clear();
        assertTrue(Period.parse("2026-02-01", "2026-01-01", today, problems).isEmpty());
        assertEquals(List.of(new Period.Problem("from", "insight.period.backwards")), problems);
        problems.clear();
        assertTrue(Period.parse("2020-01-01", "2025-01-02", today, problems).isEmpty());
        assertEquals(List.of(new Period.Problem("to", "insight.period.tooLong")), problems);
        assertEquals(3, new Period(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)).months().size());
    }
}
