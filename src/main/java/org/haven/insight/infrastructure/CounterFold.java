package org.haven.insight.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.haven.directory.domain.SchoolLevel;
import org.haven.insight.domain.CounterScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fold: moves committed increments from insight_pending into insight_count (their day) and insight_month (their
 * month, under their category and under all categories, '*'), for their school or the district as appended, and once
 * more for the school's level (V27); keeps the level rows following a school whose level changed. One instance at a
 * time, in the caller's transaction.
 */
@ApplicationScoped
public class CounterFold {

    /** Counter rows per upsert statement of a fold. */
    private static final int UPSERT_ROWS = 500;

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    /**
     * Folds at most {@code batch} committed increments and deletes them; 0 when another instance is folding (its head
     * row is locked: skipped, not waited for). Rows of transactions still open are not seen and stay for a later run,
     * whatever their id. Only the fold writes the counter rows, so no report or case transaction ever waits on one.
     */
    public int fold(int batch) {
        if (em.createNativeQuery("SELECT folded FROM insight_fold_head WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty()) {
            return 0;
        }
        Map<Long, SchoolLevel> levels = LevelRows.current(em);
        Map<Long, SchoolLevel> counted = LevelRows.counted(em);
        LevelRows.follow(em, levels, counted);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, measure, day, school_id, category, dimension, n"
                + " FROM insight_pending ORDER BY id LIMIT " + batch).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<List<Object>, Long> days = new LinkedHashMap<>();
        Map<List<Object>, Long> months = new LinkedHashMap<>();
        Map<Long, SchoolLevel> newlyCounted = new HashMap<>();
        StringBuilder ids = new StringBuilder();
        for (Object[] r : rows) {
            long n = ((Number) r[6]).longValue();
            long school = ((Number) r[3]).longValue();
            LocalDate month = toLocalDate(r[2]).withDayOfMonth(1);
            List<Long> keys = new ArrayList<>(List.of(school));
            SchoolLevel level = school > 0 ? levels.get(school) : null;
            if (level != null) {
                keys.add(CounterScope.levelKey(level));
                if (!counted.containsKey(school)) {
                    newlyCounted.put(school, level);
                }
            }
            for (Long key : keys) {
                days.merge(List.of(r[1], r[2], key, r[4], r[5]), n, Long::sum);
                months.merge(List.of(r[1], key, r[4], month, r[5]), n, Long::sum);
                months.merge(List.of(r[1], key, SumQuery.ALL_CATEGORIES, month, r[5]), n, Long::sum);
            }
            ids.append(ids.isEmpty() ? "" : ",").append(((Number) r[0]).longValue());
        }
        upsert("insight_count (measure, day, school_id, category, dimension, n)", days);
        upsert("insight_month (measure, school_id, category, month, dimension, n)", months);
        LevelRows.note(em, newlyCounted);
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
}
