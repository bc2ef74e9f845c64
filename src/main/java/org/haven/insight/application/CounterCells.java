package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Cell;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.CounterScope;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A figure summed from the counters, as cells before suppression: every row of its breakdown, zeros included. */
@ApplicationScoped
class CounterCells {

    @Inject
    CountStore store;

    List<Cell> cells(InsightQuery q, Map<Long, SchoolView> scope, CounterScope counters) {
        Measure measure = q.figure().measure(q.by());
        List<String> categories = q.category() != null ? List.of(q.category())
                : q.by() == Breakdown.CATEGORY ? InsightQuery.CATEGORIES : List.of();
        Map<String, Long> byKey = new HashMap<>();
        for (CubeCount c : store.sum(measure, q.by(), q.period(), counters, categories)) {
            byKey.merge(key(q.by(), c.key(), scope), c.count(), Long::sum);
        }
        List<Cell> cells = new ArrayList<>();
        for (String key : FigureKeys.of(q, scope)) {
            cells.add(new Cell(key, byKey.getOrDefault(key, 0L)));
        }
        return cells;
    }

    /** The key a stored group counts under: a school's code, a flag's YES/NO, else the stored key. */
    private static String key(Breakdown by, String stored, Map<Long, SchoolView> scope) {
        return switch (by) {
            case SCHOOL -> FigureKeys.schoolCode(stored, scope);
            case URGENT -> flag(stored, 1);
            case ANONYMOUS -> flag(stored, 3);
            case WITNESS -> flag(stored, 5);
            default -> stored;
        };
    }

    private static String flag(String dimension, int at) {
        return dimension.length() > at && dimension.charAt(at) == '1' ? "YES" : "NO";
    }
}
