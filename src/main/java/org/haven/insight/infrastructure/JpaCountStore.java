package org.haven.insight.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.haven.directory.domain.SchoolLevel;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.CounterScope;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Measure;
import org.haven.insight.domain.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The aggregates: increments appended to insight_pending by the changes they count, folded into insight_count (day
 * rows) and insight_month (month rows) by one instance at a time ({@link CounterFold}), read with one grouped sum of
 * the three ({@link SumQuery}).
 */
@ApplicationScoped
public class JpaCountStore implements CountStore {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Inject
    CounterFold folder;

    /**
     * Appends the increment for the school and for the district to insight_pending: an insert without a unique key,
     * so that two reports of the same day and category never wait on one counter row (issue 15's lesson: one hot
     * row serialises the district). {@link #fold} moves them into the counters, the level's included.
     */
    @Override
    public void add(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n) {
        em.createNativeQuery("INSERT INTO insight_pending (measure, day, school_id, category, dimension, n) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6), (?1, ?2, ?7, ?4, ?5, ?6)")
                .setParameter(1, measure.name()).setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, schoolId).setParameter(4, category).setParameter(5, dimension)
                .setParameter(6, n).setParameter(7, DISTRICT).executeUpdate();
    }

    @Override
    public int fold(int batch) {
        return folder.fold(batch);
    }

    @Override
    public boolean firstActionOn(long reportId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO insight_report_acted (report_id, acted_at) VALUES (?, ?)")
                .setParameter(1, reportId).setParameter(2, java.sql.Timestamp.from(at))
                .executeUpdate() == 1;
    }

    @Override
    public List<CubeCount> sum(Measure measure, Breakdown by, Period period, CounterScope scope,
                               Collection<String> categories) {
        if (scope.isEmpty()) {
            return List.of();
        }
        SumQuery sql = SumQuery.of(measure, by, period, scope, categories);
        Query q = em.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            q.setParameter(i + 1, sql.parameters().get(i));
        }
        return CubeCount.fromRows(q.getResultList());
    }

    @Override
    public Map<Long, SchoolLevel> levelsCounted() {
        return LevelRows.counted(em);
    }
}
