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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The aggregates: increments appended to insight_pending by the changes they count, folded into insight_count by
 * one instance at a time, read with one grouped sum of both over the primary key's (measure, day) range or the
 * (measure, school, day) index, as MariaDB picks.
 */
@ApplicationScoped
public class JpaCountStore implements CountStore {

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
     * Folds at most {@code batch} committed increments into insight_count and deletes them, in the caller's
     * transaction; 0 when another instance is folding (its head row is locked: skipped, not waited for). Rows of
     * transactions still open are not seen and stay for a later run, whatever their id.
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
        java.util.Map<List<Object>, Long> sums = new java.util.LinkedHashMap<>();
        StringBuilder ids = new StringBuilder();
        for (Object[] r : rows) {
            sums.merge(List.of(r[1], r[2], r[3], r[4], r[5]), ((Number) r[6]).longValue(), Long::sum);
            ids.append(ids.isEmpty() ? "" : ",").append(((Number) r[0]).longValue());
        }
        for (java.util.Map.Entry<List<Object>, Long> e : sums.entrySet()) {
            List<Object> k = e.getKey();
            em.createNativeQuery("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE n = n + VALUES(n)")
                    .setParameter(1, k.get(0)).setParameter(2, k.get(1)).setParameter(3, k.get(2))
                    .setParameter(4, k.get(3)).setParameter(5, k.get(4)).setParameter(6, e.getValue())
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM insight_pending WHERE id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("UPDATE insight_fold_head SET folded = folded + ?1 WHERE id = 1")
                .setParameter(1, rows.size()).executeUpdate();
        return rows.size();
    }

    @Override
    public boolean firstActionOn(long reportId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO insight_report_acted (report_id, acted_at) VALUES (?, ?)")
                .setParameter(1, reportId).setParameter(2, java.sql.Timestamp.from(at))
                .executeUpdate() == 1;
    }

    @Override
    public List<CubeCount> sum(Measure measure, Breakdown by, Period period, Collection<Long> schoolIds,
                               String category) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery(sumSql(by, schoolIds.size(), category != null));
        List<Object> values = parameters(measure.name(), period.from(), period.to(), schoolIds, category);
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        List<CubeCount> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] cols = (Object[]) row;
            counts.add(new CubeCount(String.valueOf(cols[0]), ((Number) cols[1]).longValue()));
        }
        return counts;
    }

    /**
     * The query of {@link #sum}: the folded counters and the increments not folded yet, summed together; its
     * parameters are {@link #parameters}. Public for the benchmark, which times this very text.
     */
    public static String sumSql(Breakdown by, int schools, boolean byCategory) {
        String key = column(by);
        StringBuilder where = new StringBuilder(" WHERE measure = ? AND day BETWEEN ? AND ? AND school_id IN (");
        for (int i = 0; i < schools; i++) {
            where.append(i == 0 ? "?" : ", ?");
        }
        where.append(')');
        if (byCategory) {
            where.append(" AND category = ?");
        }
        return "SELECT k, SUM(n) FROM (SELECT " + key + " AS k, n FROM insight_count" + where
                + " UNION ALL SELECT " + key + " AS k, n FROM insight_pending" + where + ") counted GROUP BY k";
    }

    /** The parameters of {@link #sumSql}, in order: measure, first day, last day, schools, category (when given). */
    public static List<Object> parameters(String measure, LocalDate from, LocalDate to, Collection<Long> schoolIds,
                                          String category) {
        List<Object> once = new ArrayList<>();
        once.add(measure);
        once.add(java.sql.Date.valueOf(from));
        once.add(java.sql.Date.valueOf(to));
        once.addAll(schoolIds);
        if (category != null) {
            once.add(category);
        }
        List<Object> twice = new ArrayList<>(once);
        twice.addAll(once);
        return twice;
    }

    /** The grouping column of a breakdown: a fixed list, never text from a request. */
    private static String column(Breakdown by) {
        return switch (by) {
            case CATEGORY -> "category";
            case SCHOOL -> "school_id";
            case MONTH -> "DATE_FORMAT(day, '%Y-%m')";
            case DELAY, CHANNEL, URGENT, ANONYMOUS, WITNESS, TIMELINESS -> "dimension";
        };
    }
}
