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
 * The aggregates in table insight_count, written with an upsert (one row lock, no read first) and read with one
 * grouped sum over the primary key's (measure, day) range or the (measure, school, day) index, as MariaDB picks.
 */
@ApplicationScoped
public class JpaCountStore implements CountStore {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void add(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n) {
        em.createNativeQuery("INSERT INTO insight_count (measure, day, school_id, category, dimension, n) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6), (?1, ?2, ?7, ?4, ?5, ?6) "
                        + "ON DUPLICATE KEY UPDATE n = n + VALUES(n)")
                .setParameter(1, measure.name()).setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, schoolId).setParameter(4, category).setParameter(5, dimension)
                .setParameter(6, n).setParameter(7, DISTRICT).executeUpdate();
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
        int p = 1;
        q.setParameter(p++, measure.name());
        q.setParameter(p++, java.sql.Date.valueOf(period.from()));
        q.setParameter(p++, java.sql.Date.valueOf(period.to()));
        for (Long id : schoolIds) {
            q.setParameter(p++, id);
        }
        if (category != null) {
            q.setParameter(p, category);
        }
        List<CubeCount> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] cols = (Object[]) row;
            counts.add(new CubeCount(String.valueOf(cols[0]), ((Number) cols[1]).longValue()));
        }
        return counts;
    }

    /**
     * The query of {@link #sum}: parameters measure, first day, last day, the schools' ids, then the category when
     * {@code byCategory}. Public for the benchmark, which times this very text.
     */
    public static String sumSql(Breakdown by, int schools, boolean byCategory) {
        String key = column(by);
        StringBuilder sql = new StringBuilder("SELECT ").append(key)
                .append(", SUM(n) FROM insight_count WHERE measure = ? AND day BETWEEN ? AND ? AND school_id IN (");
        for (int i = 0; i < schools; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        if (byCategory) {
            sql.append(" AND category = ?");
        }
        return sql.append(" GROUP BY ").append(key).toString();
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
