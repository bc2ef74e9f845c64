package org.haven.insight.application;

import org.haven.directory.domain.SchoolLevel;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Figure;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InsightQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void blankParametersTakeTheirDefaults() {
        InsightQuery q = InsightQuery.parse(Figure.REPORTS, " ", null, "", null, "", null, TODAY);

        assertEquals(Breakdown.CATEGORY, q.by());
        assertEquals(LocalDate.of(2025, 12, 8), q.period().from());
        assertEquals(TODAY, q.period().to());
        assertNull(q.schoolCode());
        assertNull(q.level());
        assertNull(q.category());
    }

    @Test
    void filtersAreReadInAnyLetterCase() {
        InsightQuery q = InsightQuery.parse(Figure.REPORTS, "Anonymous", "2026-01-01", "2026-03-31", " DEMO-LYCEE ",
                "lycee", "deepfake", TODAY);

        assertEquals(Breakdown.ANONYMOUS, q.by());
        assertEquals("DEMO-LYCEE", q.schoolCode());
        assertEquals(SchoolLevel.LYCEE, q.level());
        assertEquals("DEEPFAKE", q.category());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        Refusal e = assertThrows(Refusal.class, () -> InsightQuery.parse(Figure.REOPENED,
                "delay", "2026-13-01", null, null, "university", "gossip", TODAY));

        assertInstanceOf(Invalid.class, e);
        assertEquals(List.of("by", "from", "level", "category"),
                e.errors().stream().map(Refusal.FieldError::field).toList());
    }

    @Test
    void aBreakdownTheFigureDoesNotHaveIsRefused() {
        assertThrows(Refusal.class, () -> InsightQuery.parse(Figure.CASES, "witness", null, null, null,
                null, null, TODAY));
        assertThrows(Refusal.class, () -> InsightQuery.parse(Figure.REPORTS, "timeliness", null, null,
                null, null, null, TODAY));
        assertThrows(Refusal.class, () -> InsightQuery.parse(Figure.TRAINING, "category", null, null,
                null, null, null, TODAY));
        assertThrows(Refusal.class, () -> InsightQuery.parse(Figure.REFERRALS, "delay", null, null,
                null, null, null, TODAY));
    }

    @Test
    void aFigureOfTodayCoversTodayWhateverThePeriodAskedAndTrainingDefaultsToItsStanding() {
        InsightQuery overdue = InsightQuery.parse(Figure.OVERDUE_STEPS, "step", "2020-01-01", "2020-12-31", null,
                null, null, TODAY);
        InsightQuery training = InsightQuery.parse(Figure.TRAINING, null, null, null, null, null, null, TODAY);
        InsightQuery referrals = InsightQuery.parse(Figure.REFERRALS, "outcome", "2020-01-01", "2020-12-31", null,
                null, null, TODAY);

        assertEquals(new org.haven.insight.domain.Period(TODAY, TODAY), overdue.period());
        assertEquals(org.haven.insight.domain.Breakdown.STATUS, training.by());
        assertEquals(java.time.LocalDate.parse("2020-01-01"), referrals.period().from(), "a period figure keeps it");
        assertEquals(Figure.OVERDUE_STEPS, Figure.parse("overdue-steps").orElseThrow());
    }
}
