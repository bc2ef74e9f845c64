package org.haven.workqueue.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DueWordsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void soonIsInMinutesThenHoursThenDays() {
        assertEquals(new DueWords("queue.due.in.minutes", 1), DueWords.of(NOW.plusSeconds(20), NOW));
        assertEquals(new DueWords("queue.due.in.minutes", 119), DueWords.of(NOW.plus(Duration.ofMinutes(119)), NOW));
        assertEquals(new DueWords("queue.due.in.hours", 2), DueWords.of(NOW.plus(Duration.ofMinutes(150)), NOW));
        assertEquals(new DueWords("queue.due.in.hours", 47), DueWords.of(NOW.plus(Duration.ofHours(47)), NOW));
        assertEquals(new DueWords("queue.due.in.days", 3), DueWords.of(NOW.plus(Duration.ofHours(80)), NOW));
    }

    @Test
    void lateSaysByHowMuch() {
        assertEquals(new DueWords("queue.due.late.minutes", 5), DueWords.of(NOW.minus(Duration.ofMinutes(5)), NOW));
        assertEquals(new DueWords("queue.due.late.hours", 26), DueWords.of(NOW.minus(Duration.ofHours(26)), NOW));
        assertEquals(new DueWords("queue.due.late.days", 4), DueWords.of(NOW.minus(Duration.ofDays(4)), NOW));
    }
}
