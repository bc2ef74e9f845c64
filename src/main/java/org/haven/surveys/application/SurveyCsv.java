package org.haven.surveys.application;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results of a campaign as CSV (RFC 4180, UTF-8): one line per question and answer, the school's count, the
 * previous campaign's, then each class's. A suppressed count is written "<5" (the threshold), never the number.
 * Cells that a spreadsheet would read as a formula are quoted with a leading apostrophe.
 */
public final class SurveyCsv {

    private SurveyCsv() {
    }

    public static String of(SurveyResults.Results r, String suppressedMark) {
        List<String> groupLabels = r.questions().stream().filter(q -> !q.groups().isEmpty()).findFirst()
                .map(q -> q.groups().stream().map(SurveyResults.GroupCounts::label).toList()).orElse(List.of());
        StringBuilder out = new StringBuilder();
        out.append(line(concat(List.of("question", "answer", "count", "previous"), groupLabels)));
        for (SurveyResults.QuestionResult q : r.questions()) {
            for (int i = 0; i < q.rows().size(); i++) {
                SurveyResults.Row row = q.rows().get(i);
                int index = i;
                List<String> groups = q.groups().stream()
                        .map(g -> count(g.counts().get(index), suppressedMark)).toList();
                out.append(line(concat(List.of(q.text(), row.label(), count(row.count(), suppressedMark),
                        r.previousCampaignId() == null ? "" : count(row.previous(), suppressedMark)), groups)));
            }
        }
        return out.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String count(Long n, String suppressedMark) {
        return n == null ? suppressedMark : String.valueOf(n);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(SurveyCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
