package org.haven.training.infrastructure;

import jakarta.persistence.EntityManager;
import org.haven.training.domain.ActivitySummary;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest training activity per account and module (lessons, attempts, certificates, whether one is valid),
 * from four grouped queries merged here rather than one query per person.
 */
final class ActivityQuery {

    private final EntityManager em;

    ActivityQuery(EntityManager em) {
        this.em = em;
    }

    /** Grouped queries (lessons, attempts, certificates) merged per account and module. */
    List<ActivitySummary> summaries(Long accountId, Instant now) {
        Map<String, Summary> merged = new HashMap<>();
        for (Object[] r : grouped("SELECT x.accountId, x.moduleId, MAX(x.completedAt) FROM LessonProgress x",
                accountId, null)) {
            summary(merged, r).activity((Instant) r[2]);
        }
        for (Object[] r : grouped("SELECT x.accountId, x.moduleId, MAX(x.startedAt) FROM QuizAttempt x",
                accountId, null)) {
            summary(merged, r).activity((Instant) r[2]);
        }
        for (Object[] r : grouped("SELECT x.accountId, x.moduleId, MAX(x.issuedAt) FROM Certificate x",
                accountId, null)) {
            summary(merged, r).lastIssued = (Instant) r[2];
        }
        for (Object[] r : grouped("SELECT x.accountId, x.moduleId, COUNT(x.id) FROM Certificate x",
                accountId, now)) {
            summary(merged, r).valid = true;
        }
        return merged.values().stream().map(m -> new ActivitySummary(m.accountId, m.moduleId, m.lastActivity,
                m.lastIssued, m.valid)).toList();
    }

    /** A query's rows grouped by account and module, for one account or all, and (now given) valid ones only. */
    private List<Object[]> grouped(String select, Long accountId, Instant validAt) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (accountId != null) {
            jpql.append(" AND x.accountId = :a");
        }
        if (validAt != null) {
            jpql.append(" AND (x.expiresAt IS NULL OR x.expiresAt > :now)");
        }
        var q = em.createQuery(jpql.append(" GROUP BY x.accountId, x.moduleId").toString(), Object[].class);
        if (accountId != null) {
            q.setParameter("a", accountId);
        }
        if (validAt != null) {
            q.setParameter("now", validAt);
        }
        return q.getResultList();
    }

    private static Summary summary(Map<String, Summary> merged, Object[] row) {
        long account = ((Number) row[0]).longValue();
        String module = (String) row[1];
        return merged.computeIfAbsent(account + "/" + module, k -> new Summary(account, module));
    }

    /** One account and module being summed up. */
    private static final class Summary {
        final long accountId;
        final String moduleId;
        Instant lastActivity;
        Instant lastIssued;
        boolean valid;

        Summary(long accountId, String moduleId) {
            this.accountId = accountId;
            this.moduleId = moduleId;
        }

        void activity(Instant at) {
            lastActivity = later(lastActivity, at);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
