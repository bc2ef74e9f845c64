package org.haven.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.haven.evidence.domain.TakedownRequest;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.DelayBucket;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.LiveCounts;
import org.haven.insight.domain.Period;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The evidence vault's answer to insight's "takedown requests and their delays": the requests sent to platforms in
 * the period, by the time the platform took to answer (Primero's delay buckets, UNANSWERED while it has not), by
 * where they stand, kind, school, month or category (of their case, else of their report). Counted when read
 * through takedown_request's (school_id, sent_at) index (V23): an answer comes long after the request.
 */
@ApplicationScoped
public class TakedownCounts implements LiveCounts {

    /** The delay key of a request the platform has not answered yet. */
    public static final String UNANSWERED = "UNANSWERED";

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public Figure figure() {
        return Figure.TAKEDOWNS;
    }

    @Override
    public List<String> keys(Breakdown by) {
        return switch (by) {
            case DELAY -> {
                List<String> keys = new ArrayList<>(Arrays.stream(DelayBucket.values()).map(Enum::name).toList());
                keys.add(UNANSWERED);
                yield keys;
            }
            case OUTCOME -> Arrays.stream(TakedownRequest.Status.values()).map(Enum::name).toList();
            case KIND -> Arrays.stream(TakedownRequest.Kind.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CubeCount> count(Breakdown by, Period period, Collection<Long> schoolIds, String category,
                                 Instant now) {
        Query q = em.createNativeQuery(sql(by, schoolIds.size(), category != null));
        List<Object> params = new ArrayList<>(schoolIds);
        params.add(Timestamp.from(period.start()));
        params.add(Timestamp.from(period.end()));
        if (category != null) {
            params.add(category);
        }
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return CubeCount.fromRows(q.getResultList());
    }

    /** The query: schools, first instant, instant after the last day, category when given. Public for the benchmark. */
    public static String sql(Breakdown by, int schools, boolean byCategory) {
        String days = "TIMESTAMPDIFF(DAY, t.sent_at, t.answered_at)";
        String key = switch (by) {
            case DELAY -> "CASE WHEN t.answered_at IS NULL THEN '" + UNANSWERED + "' WHEN " + days
                    + " <= 3 THEN 'DAYS_0_3' WHEN " + days + " <= 5 THEN 'DAYS_4_5' WHEN " + days
                    + " <= 14 THEN 'DAYS_6_14' WHEN " + days + " <= 30 THEN 'DAYS_15_30' ELSE 'OVER_30' END";
            case OUTCOME -> "t.status";
            case KIND -> "t.kind";
            case SCHOOL -> "t.school_id";
            case MONTH -> "DATE_FORMAT(t.sent_at, '%Y-%m')";
            case CATEGORY -> "COALESCE(c.category, r.category)";
            default -> throw new IllegalArgumentException("Takedowns are not broken down by " + by);
        };
        return "SELECT " + key + ", COUNT(*) FROM takedown_request t LEFT JOIN case_file c ON c.id = t.case_id"
                + " LEFT JOIN report r ON r.id = t.report_id WHERE t.school_id IN ("
                + String.join(", ", Collections.nCopies(schools, "?")) + ") AND t.sent_at >= ? AND t.sent_at < ?"
                + (byCategory ? " AND COALESCE(c.category, r.category) = ?" : "") + " GROUP BY 1";
    }
}
