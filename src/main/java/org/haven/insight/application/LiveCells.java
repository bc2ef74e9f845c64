package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Cell;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.LiveCounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure counted by its feature now (LiveCounts), as cells before suppression: its own keys (or the ones
 * counted, in order), zeros included.
 */
@ApplicationScoped
class LiveCells {

    @Inject
    Instance<LiveCounts> live;

    @Inject
    Clock clock;

    List<Cell> cells(InsightQuery q, Map<Long, SchoolView> scope) {
        LiveCounts source = live.stream().filter(l -> l.figure() == q.figure()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No source counts " + q.figure()));
        Map<String, Long> byKey = new LinkedHashMap<>();
        if (!scope.isEmpty()) {
            for (CubeCount c : source.count(q.by(), q.period(), scope.keySet(), q.category(), clock.instant())) {
                byKey.merge(key(q.by(), c.key(), scope), c.count(), Long::sum);
            }
        }
        List<String> keys = switch (q.by()) {
            case SCHOOL, MONTH, CATEGORY -> FigureKeys.of(q, scope);
            default -> source.keys(q.by());
        };
        if (keys.isEmpty()) {
            keys = byKey.keySet().stream().sorted().toList();
        }
        if (q.figure() == Figure.TRAINING && q.by() != Breakdown.STATUS) {
            keys = compound(q.by() == Breakdown.SCHOOL ? FigureKeys.of(q, scope)
                    : byKey.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().sorted().toList(),
                    source.keys(Breakdown.STATUS));
        }
        List<Cell> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(new Cell(key, byKey.getOrDefault(key, 0L)));
        }
        return cells;
    }

    /** A live count's key as shown: a school's id becomes its code, also before the '/' of a compound key. */
    private static String key(Breakdown by, String stored, Map<Long, SchoolView> scope) {
        if (by != Breakdown.SCHOOL) {
            return stored;
        }
        int slash = stored.indexOf('/');
        String code = FigureKeys.schoolCode(slash < 0 ? stored : stored.substring(0, slash), scope);
        return slash < 0 ? code : code + stored.substring(slash);
    }

    /** Every pair "first/second": training by school or role, each row of it by standing. */
    private static List<String> compound(List<String> firsts, List<String> seconds) {
        List<String> keys = new ArrayList<>();
        for (String f : firsts) {
            for (String s : seconds) {
                keys.add(f + "/" + s);
            }
        }
        return keys;
    }
}
