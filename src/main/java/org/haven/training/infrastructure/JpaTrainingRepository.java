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
import java.util.List;
import java.util.Optional;

/** Training's assignments, requirements, progress, attempts and certificates in the database, through JPA. */
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
        return new ActivityQuery(em).summaries(null, now);
    }

    @Override
    public List<ActivitySummary> activityOf(long accountId, Instant now) {
        return new ActivityQuery(em).summaries(accountId, now);
    }
}
