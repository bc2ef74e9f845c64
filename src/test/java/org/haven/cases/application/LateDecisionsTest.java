package org.haven.cases.application;

import org.haven.cases.domain.CaseEscalation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A late decision is escalated again every time its window passes once more, never more often than hourly. */
class LateDecisionsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theWindowIsTheTimeTheProtocolGaveToDecide() {
        assertEquals(Duration.ofHours(4), CaseDeadlines.againAfter(new CaseEscalation(1, "r", 0, T0,
                T0.plus(Duration.ofHours(4)))));
        assertEquals(Duration.ofDays(3), CaseDeadlines.againAfter(new CaseEscalation(1, "r", 0, T0,
                T0.plus(Duration.ofDays(3)))));
    }

    @Test
    void neverMoreOftenThanHourly() {
        assertEquals(Duration.ofHours(1), CaseDeadlines.againAfter(new CaseEscalation(1, "r", 0, T0,
                T0.plus(Duration.ofMinutes(10)))));
        assertEquals(Duration.ofHours(1), CaseDeadlines.againAfter(new CaseEscalation(1, "r", 0, T0, T0)));
    }

    @Test
    void eachEscalationAgainCountsAndPlansTheNext() {
        CaseEscalation e = new CaseEscalation(1, "danger-to-life", 0, T0, T0.plus(Duration.ofHours(1)));
        e.escalatedAgain(T0.plus(Duration.ofHours(2)));
        e.escalatedAgain(T0.plus(Duration.ofHours(3)));
        assertEquals(2, e.reminders());
        assertTrue(e.reminded());
        assertEquals(T0.plus(Duration.ofHours(3)), e.nextReminderAt());
        assertTrue(e.awaitsDecision(), "still waiting for the decision");
    }
}
