package org.haven.insight.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Measure;
import org.haven.insight.domain.Period;
import org.haven.insight.domain.PeriodSlices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates: increments appended to insight_pending by the changes they count, folded into insight_count (day
 * rows) and insight_month (month rows) by one instance at a time, read with one grouped sum of the three: whole
 * months from insight_month's primary key, the partial months at the period's edges from insight_count.
 */
@ApplicationScoped
public class JpaCountStore implements CountStore {

    /** The category of the month counters that hold all categories together. */
    static final String ALL_CATEGORIES = "*";

    /** Counter rows per upsert statement of a fold. */
    private static final int UPSERT_ROWS = 500;

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    /**
     * Appends the increment for the school and for the district to insight_pending: an insert without a unique key,
     * so that two reports of the same day and category never wait on one counter row (issue 15's lesson: one hot
     * row serialises the district). {@link #fold} moves them into insight_count.
     */
    @Override
    public void add(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n) {
        em.createNativeQuery("INSERT INTO insight_pending (measure, day, school_id, category, dimension, n) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6), (?1, ?2, ?7, ?4, ?5, ?6)")
                .setParameter(1, measure.name()).setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, schoolId).setParameter(4, category).setParameter(5, dimension)
                .setParameter(6, n).setParameter(7, DISTRICT).executeUpdate();
    }

    /**
     * Folds at most {@code batch} committed increments into insight_count (their day) and insight_month (their month,
     * under their category and under all categories, '*') and deletes them, in the caller's transaction; 0 when
     * another instance is folding (its head row is locked: skipped, not waited for). Rows of transactions still open
     * are not seen and stay for a later run, whatever their id. Only the fold writes the counter rows, so no report
     * or case transaction ever waits on one.
     */
    @Override
    public int fold(int batch) {
        if (em.createNativeQuery("SELECT folded FROM insight_fold_head WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, measure, day, school_id, category, dimension, n"
                + " FROM insight_pending ORDER BY id LIMIT " + batch).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<List<Object>, Long> days = new LinkedHashMap<>();
        Map<List<Object>, Long> months = new LinkedHashMap<>();
        StringBuilder ids = new StringBuilder();
        for (Object[] r : rows) {
            long n = ((Number) r[6]).longValue();
            days.merge(List.of(r[1], r[2], r[3], r[4], r[5]), n, Long::sum);
            LocalDate month = toLocalDate(r[2]).withDayOfMonth(1);
            months.merge(List.of(r[1], r[3], r[4], month, r[5]), n, Long::sum);
            months.merge(List.of(r[1], r[3], ALL_CATEGORIES, month, r[5]), n, Long::sum);
            ids.append(ids.isEmpty() ? "" : ",").append(((Number) r[0]).longValue());
        }
        upsert("insight_count (measure, day, school_id, category, dimension, n)", days);
        upsert("insight_month (measure, school_id, category, month, dimension, n)", months);
        em.createNativeQuery("DELETE FROM insight_pending WHERE id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("UPDATE insight_fold_head SET folded = folded + ?1 WHERE id = 1")
                .setParameter(1, rows.size()).executeUpdate();
        return rows.size();
    }

    /** Adds the sums to their counters, UPSERT_ROWS rows a statement. */
    private void upsert(String table, Map<List<Object>, Long> sums) {
        List<Map.Entry<List<Object>, Long>> all = new ArrayList<>(sums.entrySet());
        for (int from = 0; from < all.size(); from += UPSERT_ROWS) {
            List<Map.Entry<List<Object>, Long>> chunk = all.subList(from, Math.min(all.size(), from + UPSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            }
            sql.append(" ON DUPLICATE KEY UPDATE n = n + VALUES(n)");
            Query q = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Map.Entry<List<Object>, Long> e : chunk) {
                for (Object v : e.getKey()) {
                    q.setParameter(p++, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
                }
                q.setParameter(p++, e.getValue());
            }
            q.executeUpdate();
        }
    }

    private static LocalDate toLocalDate(Object day) {
        return day instanceof LocalDate d ? d : ((java.sql.Date) day).toLocalDate();
    }

    @Override
    public boolean firstActionOn(long reportId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO insight_report_acted (report_id, acted_at) VALUES (?, ?)")
                .setParameter(1, reportId).setParameter(2, java.sql.Timestamp.from(at))
                .executeUpdate() == 1;
    }

    @Override
    public List<CubeCount> sum(Measure measure, Breakdown by, Period period, Collection<Long> schoolIds,
                               Collection<String> categories) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        SumQuery sql = sumQuery(measure, by, period, schoolIds, categories);
        Query q = em.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            q.setParameter(i + 1, sql.parameters().get(i));
        }
        return CubeCount.fromRows(q.getResultList());
    }

    /** A query and its parameters, in order. */
    public record SumQuery(String sql, List<Object> parameters) {
    }

    /**
     * The query of {@link #sum}: the period's whole months from insight_month, its partial months at the edges from
     * insight_count, and every day of it from the increments not folded yet (insight_pending), summed together so
     * that a figure never lags the fold. {@code categories} empty for all (the month rows' '*'). Public for the
     * benchmark, which times this very text.
     */
    public static SumQuery sumQuery(Measure measure, Breakdown by, Period period, Collection<Long> schoolIds,
                                    Collection<String> categories) {
        PeriodSlices slices = PeriodSlices.of(period);
        StringBuilder sql = new StringBuilder("SELECT k, SUM(n) FROM (");
        List<Object> params = new ArrayList<>();
        String union = "";
        if (slices.hasWholeMonths()) {
            sql.append("SELECT ").append(column(by, "month")).append(" AS k, n FROM insight_month WHERE measure = ?")
                    .append(in("school_id", schoolIds.size()));
            params.add(measure.name());
            params.addAll(schoolIds);
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
            days(sql, params, "insight_count", measure, by, slices.edges(), schoolIds, categories);
            union = " UNION ALL ";
        }
        sql.append(union);
        days(sql, params, "insight_pending", measure, by, List.of(period), schoolIds, categories);
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
