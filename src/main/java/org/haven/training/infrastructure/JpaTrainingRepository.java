package org.haven.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.haven.training.domain.ActivitySummary;
import org.haven.training.domain.Assignment;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.LessonProgress;
import org.haven.training.domain.QuizAttempt;
import org.haven.training.domain.RoleRequirement;
import org.haven.training.domain.TrainingRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Assignment add(Assignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    @Override
    public Optional<Assignment> assignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public void remove(Assignment assignment) {
        em.remove(assignment);
    }

    @Override
    public List<Assignment> assignments() {
        return em.createQuery("SELECT a FROM Assignment a ORDER BY a.moduleId, a.id", Assignment.class)
                .getResultList();
    }

    @Override
    public RoleRequirement add(RoleRequirement requirement) {
        em.persist(requirement);
        em.flush();
        return requirement;
    }

    @Override
    public Optional<RoleRequirement> requirement(long id) {
        return Optional.ofNullable(em.find(RoleRequirement.class, id));
    }

    @Override
    public void remove(RoleRequirement requirement) {
        em.remove(requirement);
    }

    @Override
    public List<RoleRequirement> requirements() {
        return em.createQuery("SELECT r FROM RoleRequirement r ORDER BY r.role, r.moduleId", RoleRequirement.class)
                .getResultList();
    }

    @Override
    public boolean complete(LessonProgress progress, long accountId, String moduleId, String lessonId) {
        boolean done = !em.createQuery("SELECT p.id FROM LessonProgress p WHERE p.accountId = :a"
                        + " AND p.moduleId = :m AND p.lessonId = :l", Long.class)
                .setParameter("a", accountId).setParameter("m", moduleId).setParameter("l", lessonId)
                .getResultList().isEmpty();
        if (done) {
            return false;
        }
        em.persist(progress);
        return true;
    }

    @Override
    public List<LessonProgress> progress(long accountId, String moduleId) {
        return em.createQuery("SELECT p FROM LessonProgress p WHERE p.accountId = :a AND p.moduleId = :m"
                        + " ORDER BY p.id", LessonProgress.class)
                .setParameter("a", accountId).setParameter("m", moduleId).getResultList();
    }

    @Override
    public QuizAttempt add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
        return attempt;
    }

    @Override
    public Optional<QuizAttempt> attemptForUpdate(long id, long accountId) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.id = :id AND a.accountId = :acc",
                        QuizAttempt.class)
                .setParameter("id", id).setParameter("acc", accountId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<QuizAttempt> submittedAttempts(long accountId, String moduleId, int limit) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.accountId = :acc AND a.moduleId = :m"
                        + " AND a.submittedAt IS NOT NULL ORDER BY a.id DESC", QuizAttempt.class)
                .setParameter("acc", accountId).setParameter("m", moduleId).setMaxResults(limit).getResultList();
    }

    @Override
    public Certificate add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    @Override
    public Optional<Certificate> certificateByCode(String code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :c", Certificate.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> certificate(long id, long accountId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.id = :id AND c.accountId = :a", Certificate.class)
                .setParameter("id", id).setParameter("a", accountId).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificates(long accountId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.accountId = :a ORDER BY c.issuedAt DESC, c.id DESC",
                        Certificate.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public List<ActivitySummary> activity(Instant now) {
        return summaries(null, now);
    }

    @Override
    public List<ActivitySummary> activityOf(long accountId, Instant now) {
        return summaries(accountId, now);
    }

    /** Grouped queries (lessons, attempts, certificates) merged per account and module. */
    private List<ActivitySummary> summaries(Long accountId, Instant now) {
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
