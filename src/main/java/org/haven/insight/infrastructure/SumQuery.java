package org.haven.insight.infrastructure;

import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CounterScope;
import org.haven.insight.domain.Measure;
import org.haven.insight.domain.Period;
import org.haven.insight.domain.PeriodSlices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one query that sums a figure from the aggregates: the period's whole months from insight_month, its partial
 * months at the edges from insight_count, and every day of it from the increments not folded yet (insight_pending),
 * summed together so that a figure never lags the fold. Public for the benchmark, which times this very text.
 *
 * @param sql        the query
 * @param parameters its parameters, in order
 */
public record SumQuery(String sql, List<Object> parameters) {

    /** The category of the month counters that hold all categories together. */
    static final String ALL_CATEGORIES = "*";

    /** {@code categories} empty for all (the month rows' '*'). */
    public static SumQuery of(Measure measure, Breakdown by, Period period, CounterScope scope,
                              Collection<String> categories) {
        PeriodSlices slices = PeriodSlices.of(period);
        StringBuilder sql = new StringBuilder("SELECT k, SUM(n) FROM (");
        List<Object> params = new ArrayList<>();
        String union = "";
        if (slices.hasWholeMonths()) {
            sql.append("SELECT ").append(column(by, "month")).append(" AS k, n FROM insight_month WHERE measure = ?")
                    .append(in("school_id", scope.folded().size()));
            params.add(measure.name());
            params.addAll(scope.folded());
            if (categories.isEmpty()) {
                sql.append(" AND category = ?");
                params.add(ALL_CATEGORIES);
            } else {
                sql.append(in("category", categories.size()));
                params.addAll(categories);
            }
            sql.append(" AND month BETWEEN ? AND ?");
            params.add(java.sql.Date.valueOf(slices.firstMonth()));
            params.add(java.sql.Date.valueOf(slices.lastMonth()));
            union = " UNION ALL ";
        }
        if (!slices.edges().isEmpty()) {
            sql.append(union);
            days(sql, params, "insight_count", measure, by, slices.edges(), scope.folded(), categories);
            union = " UNION ALL ";
        }
        sql.append(union);
        days(sql, params, "insight_pending", measure, by, List.of(period), scope.pending(), categories);
        sql.append(") counted GROUP BY k");
        return new SumQuery(sql.toString(), params);
    }

    private static void days(StringBuilder sql, List<Object> params, String table, Measure measure, Breakdown by,
                             List<Period> ranges, Collection<Long> schoolIds, Collection<String> categories) {
        // The day rows are only read for a few weeks at a period's edges (and what is pending): by school and day,
        // never the primary key's (measure, day) range over every school, which MariaDB otherwise may pick.
        sql.append("SELECT ").append(column(by, "day")).append(" AS k, n FROM ").append(table)
                .append("insight_count".equals(table) ? " FORCE INDEX (ix_insight_school)" : "")
                .append(" WHERE measure = ?").append(in("school_id", schoolIds.size()));
        params.add(measure.name());
        params.addAll(schoolIds);
        if (!categories.isEmpty()) {
            sql.append(in("category", categories.size()));
            params.addAll(categories);
        }
        sql.append(" AND (");
        for (int i = 0; i < ranges.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("day BETWEEN ? AND ?");
            params.add(java.sql.Date.valueOf(ranges.get(i).from()));
            params.add(java.sql.Date.valueOf(ranges.get(i).to()));
        }
        sql.append(')');
    }

    private static String in(String column, int values) {
        StringBuilder b = new StringBuilder(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.append(')').toString();
    }

    /** The grouping column of a breakdown: a fixed list, never text from a request. */
    private static String column(Breakdown by, String dayColumn) {
        return switch (by) {
            case CATEGORY -> "category";
            case SCHOOL -> "school_id";
            case MONTH -> "DATE_FORMAT(" + dayColumn + ", '%Y-%m')";
            default -> "dimension";
        };
    }
}
