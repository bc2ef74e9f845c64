package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.LiveCounts;
import org.haven.insight.domain.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Cases' answer to insight's "protocol steps overdue now": steps still due whose due date has passed, on cases not
 * closed, counted when read through case_step's (school_id, status, due_at) index (V28: a step keeps its case's
 * school): overdue steps are few at any time, whatever the number of cases, and a counter could not follow a
 * deadline passing without a write. case_file is read only for the overdue steps of the viewer's schools, for the
 * case's status and category.
 */
@ApplicationScoped
public class OverdueStepCounts implements LiveCounts {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public Figure figure() {
        return Figure.OVERDUE_STEPS;
    }

    @Override
    public List<String> keys(Breakdown by) {
        return List.of();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CubeCount> count(Breakdown by, Period period, Collection<Long> schoolIds, String category,
                                 Instant now) {
        Query q = em.createNativeQuery(sql(by, schoolIds.size(), category != null));
        List<Object> params = parameters(now, schoolIds, category);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return CubeCount.fromRows(q.getResultList());
    }

    /** The query, public for the benchmark that times it. */
    public static String sql(Breakdown by, int schools, boolean byCategory) {
        String key = switch (by) {
            case SCHOOL -> "s.school_id";
            case STEP -> "s.step_id";
            case CATEGORY -> "c.category";
            default -> throw new IllegalArgumentException("Overdue steps are not broken down by " + by);
        };
        return "SELECT " + key + ", COUNT(*) FROM case_step s FORCE INDEX (ix_step_school_overdue)"
                + " STRAIGHT_JOIN case_file c"
                + " ON c.id = s.case_id"
                + " WHERE s.status = 'DUE' AND s.due_at < ? AND c.status <> 'CLOSED' AND s.school_id IN ("
                + String.join(", ", Collections.nCopies(schools, "?")) + ")"
                + (byCategory ? " AND c.category = ?" : "") + " GROUP BY 1";
    }

    public static List<Object> parameters(Instant now, Collection<Long> schoolIds, String category) {
        List<Object> params = new ArrayList<>();
        params.add(java.sql.Timestamp.from(now));
        params.addAll(schoolIds);
        if (category != null) {
            params.add(category);
        }
        return params;
    }
}
