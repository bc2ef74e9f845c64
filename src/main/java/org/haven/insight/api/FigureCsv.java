package org.haven.insight.api;

import org.haven.insight.application.InsightFigures;
import org.haven.insight.domain.ShownRow;
import org.haven.insight.domain.ShownTable;

/**
 * A figure as CSV (RFC 4180, comma separated), after suppression: a hidden cell reads {@code suppressed} in the count
 * column, never a number. Keys are codes (categories, school codes, months, buckets), so no cell needs quoting
 * beyond what {@link #field} does.
 */
public final class FigureCsv {

    /** What a hidden count reads as in a CSV file. */
    public static final String HIDDEN = "suppressed";

    private FigureCsv() {
    }

    public static String of(InsightFigures.Shown shown) {
        ShownTable t = shown.table();
        StringBuilder csv = new StringBuilder(shown.query().by().param()).append(",count\r\n");
        for (ShownRow r : t.rows()) {
            csv.append(field(r.key())).append(',').append(r.suppressed() ? HIDDEN : r.count()).append("\r\n");
        }
        csv.append("total,").append(t.total() == null ? HIDDEN : t.total()).append("\r\n");
        return csv.toString();
    }

    public static String fileName(InsightFigures.Shown shown) {
        return "haven-" + shown.query().figure().param() + "-by-" + shown.query().by().param() + "-"
                + shown.query().period().from() + "-" + shown.query().period().to() + ".csv";
    }

    /** Quotes a field that holds a comma, a quote or a line break, and defuses a leading formula character. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
