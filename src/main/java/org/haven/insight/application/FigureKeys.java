package org.haven.insight.application;

import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.DelayBucket;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.Measure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The rows a figure shows, in a fixed order, zeros included: whatever was counted, a table has the same rows. */
final class FigureKeys {

    private FigureKeys() {
    }

    /** The keys of the query's breakdown; empty when only the keys counted are shown (steps, kinds, roles ...). */
    static List<String> of(InsightQuery q, Map<Long, SchoolView> scope) {
        return switch (q.by()) {
            case CATEGORY -> q.category() == null ? InsightQuery.CATEGORIES : List.of(q.category());
            case SCHOOL -> scope.values().stream().map(SchoolView::code).toList();
            case MONTH -> q.period().months().stream().map(m -> m.toString().substring(0, 7)).toList();
            case DELAY -> Arrays.stream(DelayBucket.values()).map(Enum::name).toList();
            case URGENT, ANONYMOUS, WITNESS -> List.of("YES", "NO");
            case TIMELINESS -> List.of(Measure.ON_TIME, Measure.LATE);
            case CHANNEL -> q.figure() == Figure.REPORTS
                    ? List.of(InsightCounts.FORM, InsightCounts.FROM_SURVEY)
                    : List.of(InsightCounts.FROM_REPORT, InsightCounts.FROM_SURVEY, InsightCounts.FROM_STAFF);
            case STEP, KIND, OUTCOME, ROLE, STATUS -> List.of();
        };
    }

    /** A school's code for its id as counted, the id itself for a school no longer in scope. */
    static String schoolCode(String id, Map<Long, SchoolView> scope) {
        SchoolView s = scope.get(Long.valueOf(id));
        return s == null ? id : s.code();
    }
}
