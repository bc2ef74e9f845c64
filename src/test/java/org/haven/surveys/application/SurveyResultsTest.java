package org.haven.surveys.application;

import org.haven.insight.domain.Cell;
import org.haven.insight.domain.ShownTable;
import org.haven.insight.domain.Suppression;
import org.haven.surveys.domain.SurveyRepository.AnswerCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How a campaign's counts become suppressed tables and CSV. */
class SurveyResultsTest {

    private static final List<String> KEYS = List.of("never", "once", "monthly", "weekly");
    private static final List<AnswerCount> COUNTS = List.of(
            new AnswerCount(1, "insulted", "never", 6), new AnswerCount(2, "insulted", "weekly", 2),
            new AnswerCount(1, "excluded", "never", 6));

    @Test
    void cellsHaveEveryKeyZerosIncludedForTheCampaignOrOneGroup() {
        assertEquals(List.of(new Cell("never", 6), new Cell("once", 0), new Cell("monthly", 0), new Cell("weekly", 2)),
                SurveyResults.cells(KEYS, COUNTS, "insulted", null));
        assertEquals(List.of(new Cell("never", 0), new Cell("once", 0), new Cell("monthly", 0), new Cell("weekly", 2)),
                SurveyResults.cells(KEYS, COUNTS, "insulted", 2L));
    }

    @Test
    void aSmallCountIsHiddenWithTheOneThatWouldGiveItAway() {
        ShownTable t = new Suppression(5).apply(SurveyResults.cells(KEYS, COUNTS, "insulted", null));
        assertNull(t.rows().get(0).count(), "6 hidden too: 8 - 6 would give the 2");
        assertEquals(0L, t.rows().get(1).count());
        assertNull(t.rows().get(3).count());
        assertEquals(8L, t.total());
        ShownTable small = new Suppression(5).apply(SurveyResults.cells(KEYS, COUNTS, "insulted", 2L));
        assertNull(small.total(), "a class of two answers shows nothing");
        assertNull(small.rows().get(3).count());
    }

    @Test
    void theCsvNeverWritesASuppressedCountAndDefusesFormulas() {
        SurveyViews.CampaignView c = new SurveyViews.CampaignView(1, 1, "Collège", "s", "t", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 20), "OPEN", List.of(), 8);
        SurveyResults.Results r = new SurveyResults.Results(c, 5, null, null, List.of(new SurveyResults.QuestionResult(
                "insulted", "=Insulted, really?", "single", List.of(
                new SurveyResults.Row("never", "Never", null, true, null, false),
                new SurveyResults.Row("once", "Once", 0L, false, null, false)), 8L, null,
                List.of(new SurveyResults.GroupCounts("4e \"B\"", List.of(6L, 0L), 6L)), List.of())));
        assertEquals("question,answer,count,previous,\"4e \"\"B\"\"\"\r\n"
                + "\"'=Insulted, really?\",Never,suppressed,,6\r\n"
                + "\"'=Insulted, really?\",Once,0,,0\r\n", SurveyCsv.of(r, "suppressed"));
    }
}
