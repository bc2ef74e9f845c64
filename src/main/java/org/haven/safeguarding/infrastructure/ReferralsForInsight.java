package org.haven.safeguarding.infrastructure;

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
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Safeguarding's answer to insight's "referrals by kind and outcome": the referrals made in the period (drafts left
 * out: nothing was sent), by kind, by where they stand now, by school, month or category. Counted when read through
 * referral's (school_id, created_at, status, kind) index (V28: a referral keeps its case's school), because a
 * referral's outcome keeps changing after the period it was made in; case_file is read only for the category.
 */
@ApplicationScoped
public class ReferralsForInsight implements LiveCounts {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public Figure figure() {
        return Figure.REFERRALS;
    }

    @Override
    public List<String> keys(Breakdown by) {
        return switch (by) {
            case KIND -> Arrays.stream(ReferralKind.values()).map(Enum::name).toList();
            case OUTCOME -> Arrays.stream(ReferralStatus.values()).filter(s -> s != ReferralStatus.DRAFT)
                    .map(Enum::name).toList();
            default -> List.of();
        };
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CubeCount> count(Breakdown by, Period period, Collection<Long> schoolIds, String category,
                                 Instant now) {
        Query q = em.createNativeQuery(sql(by, schoolIds.size(), category != null));
        List<Object> params = parameters(period, schoolIds, category);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return CubeCount.fromRows(q.getResultList());
    }

    /** The query, public for the benchmark that times it. */
    public static String sql(Breakdown by, int schools, boolean byCategory) {
        String key = switch (by) {
            case KIND -> "r.kind";
            case OUTCOME -> "r.status";
            case SCHOOL -> "r.school_id";
            case MONTH -> "DATE_FORMAT(r.created_at, '%Y-%m')";
            case CATEGORY -> "c.category";
            default -> throw new IllegalArgumentException("Referrals are not broken down by " + by);
        };
        boolean cases = byCategory || by == Breakdown.CATEGORY;
        return "SELECT " + key + ", COUNT(*) FROM referral r FORCE INDEX (ix_referral_school_created)"
                + (cases ? " STRAIGHT_JOIN case_file c ON c.id = r.case_id" : "")
                + " WHERE r.created_at >= ? AND r.created_at < ? AND r.status <> 'DRAFT' AND r.school_id IN ("
                + String.join(", ", Collections.nCopies(schools, "?")) + ")"
                + (byCategory ? " AND c.category = ?" : "") + " GROUP BY 1";
    }

    public static List<Object> parameters(Period period, Collection<Long> schoolIds, String category) {
        List<Object> params = new ArrayList<>();
        params.add(java.sql.Timestamp.from(period.start()));
        params.add(java.sql.Timestamp.from(period.end()));
        params.addAll(schoolIds);
        if (category != null) {
            params.add(category);
        }
        return params;
    }
}
