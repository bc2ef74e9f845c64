package org.haven.insight.api;

import org.haven.insight.application.InsightFigures;
import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Cell;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.Suppression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aSuppressedCellAndTotalReadSuppressedNeverANumber() {
        InsightQuery q = InsightQuery.parse(Figure.CASES, "category", "2026-01-01", "2026-06-30", null, null, null,
                TODAY);
        var table = new Suppression(5).apply(List.of(new Cell("INSULTS", 3), new Cell("THREATS", 0)));

        String csv = FigureCsv.of(new InsightFigures.Shown(q, table));

        assertEquals("category,count\r\nINSULTS,suppressed\r\nTHREATS,0\r\ntotal,suppressed\r\n", csv);
        assertEquals("haven-cases-by-category-2026-01-01-2026-06-30.csv",
                FigureCsv.fileName(new InsightFigures.Shown(q, table)));
    }

    @Test
    void fieldsThatASpreadsheetWouldRunOrSplitAreDefused() {
        assertEquals("'=1+1", FigureCsv.field("=1+1"));
        assertEquals("\"a,b\"", FigureCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", FigureCsv.field("say \"hi\""));
        assertEquals("DEMO-LYCEE", FigureCsv.field("DEMO-LYCEE"));
    }
}
