package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.cases.domain.CaseAgenda;
import org.haven.cases.domain.CaseAttention;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.QueueEntry;
import org.haven.cases.domain.StepStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is due and awaited across cases, through JPA: the deadline sweeps' batches and the work queue's lines. */
@ApplicationScoped
public class JpaCaseAgenda implements CaseAgenda {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<CaseStep> overdueSteps(Instant now, int limit) {
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.nextRungAt <= :now AND s.status = :due"
                        + " AND EXISTS (SELECT c FROM CaseFile c WHERE c.id = s.caseId AND c.status <> :closed)"
                        + " ORDER BY s.nextRungAt, s.id", CaseStep.class)
                .setParameter("due", StepStatus.DUE).setParameter("now", now)
                .setParameter("closed", CaseStatus.CLOSED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseEscalation> lateDecisions(Instant now, int limit) {
        return em.createQuery("SELECT e FROM CaseEscalation e WHERE e.decidedAt IS NULL AND e.decisionDueAt < :now"
                        + " AND (e.reminded = FALSE OR e.nextReminderAt <= :now) ORDER BY e.decisionDueAt, e.id",
                        CaseEscalation.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFollowUp> dueFollowUps(LocalDate day, int limit) {
        return em.createQuery("SELECT f FROM CaseFollowUp f WHERE f.doneAt IS NULL AND f.dueOn <= :d"
                        + " AND f.reminded = FALSE ORDER BY f.dueOn, f.id", CaseFollowUp.class)
                .setParameter("d", day).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseFile> newlyLate(Instant now, int limit) {
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.attention = 2 AND c.nextDueAt < :now"
                + " ORDER BY c.nextDueAt, c.id", CaseFile.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * One index range per school and attention level (urgent, late, open), each read in next-due order with the
     * limit, merged here: an ORDER BY next_due_at across attention levels would make the database sort every
     * active case of the school (deploy/benchmark.sh, WorkQueueBenchmark).
     */
    @Override
    public List<CaseFile> nextDueInSchools(Set<Long> schoolIds, int limit) {
        List<CaseFile> found = new java.util.ArrayList<>();
        for (Long school : schoolIds) {
            for (int attention = CaseAttention.URGENT; attention < CaseAttention.CLOSED; attention++) {
                found.addAll(em.createQuery("SELECT c FROM CaseFile c WHERE c.schoolId = :s AND c.attention = :a"
                                + " AND c.nextDueAt < :nothing ORDER BY c.nextDueAt, c.id", CaseFile.class)
                        .setParameter("s", school).setParameter("a", attention)
                        .setParameter("nothing", CaseFile.NOTHING_DUE).setMaxResults(limit).getResultList());
            }
        }
        return found.stream().sorted(java.util.Comparator.comparing(CaseFile::nextDueAt)
                .thenComparing(CaseFile::id)).limit(limit).toList();
    }

    @Override
    public List<CaseFile> nextDueFiledBy(long accountId, int limit) {
        List<CaseFile> found = new java.util.ArrayList<>();
        for (int attention = CaseAttention.URGENT; attention < CaseAttention.CLOSED; attention++) {
            found.addAll(em.createQuery("SELECT c FROM CaseFile c WHERE c.filedBy = :me AND c.attention = :a"
                            + " AND c.nextDueAt < :nothing ORDER BY c.nextDueAt, c.id", CaseFile.class)
                    .setParameter("me", accountId).setParameter("a", attention)
                    .setParameter("nothing", CaseFile.NOTHING_DUE).setMaxResults(limit).getResultList());
        }
        return found.stream().sorted(java.util.Comparator.comparing(CaseFile::nextDueAt)
                .thenComparing(CaseFile::id)).limit(limit).toList();
    }

    @Override
    public long[] nextDueCounts(Set<Long> schoolIds, Instant now) {
        if (schoolIds.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] row = em.createQuery("SELECT COUNT(c), SUM(CASE WHEN c.nextDueAt < :now THEN 1 ELSE 0 END)"
                        + " FROM CaseFile c WHERE c.schoolId IN :s AND c.attention < :closed"
                        + " AND c.nextDueAt < :nothing", Object[].class)
                .setParameter("s", schoolIds).setParameter("closed", CaseAttention.CLOSED)
                .setParameter("now", now).setParameter("nothing", CaseFile.NOTHING_DUE).getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    @Override
    public List<QueueEntry> awaitedDecisionsInScope(CaseScope scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Object[]> q = em.createQuery("SELECT e, c FROM CaseEscalation e, CaseFile c WHERE c.id = e.caseId"
                + " AND e.decisionDueAt IS NOT NULL AND e.decidedAt IS NULL AND e.cycle = c.reopenCount"
                + " AND c.status <> :closed AND " + ScopeClauses.scopeClause(scope, params) + " ORDER BY e.decisionDueAt, e.id",
                Object[].class);
        params.forEach(q::setParameter);
        return q.setParameter("closed", CaseStatus.CLOSED).setMaxResults(limit).getResultList().stream()
                .map(row -> new QueueEntry((CaseFile) row[1], null, (CaseEscalation) row[0])).toList();
    }

    @Override
    public long awaitedDecisionCount(CaseScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM CaseEscalation e, CaseFile c WHERE c.id = e.caseId"
                + " AND e.decisionDueAt IS NOT NULL AND e.decidedAt IS NULL AND e.cycle = c.reopenCount"
                + " AND c.status <> :closed AND " + ScopeClauses.scopeClause(scope, params), Long.class);
        params.forEach(q::setParameter);
        return q.setParameter("closed", CaseStatus.CLOSED).getSingleResult();
    }

    @Override
    public List<QueueEntry> nothingDueInSchools(Set<Long> schoolIds, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.schoolId IN :s AND c.attention < :closed"
                        + " AND c.nextDueAt = :nothing ORDER BY c.openedAt, c.id", CaseFile.class)
                .setParameter("s", schoolIds).setParameter("closed", CaseAttention.CLOSED)
                .setParameter("nothing", CaseFile.NOTHING_DUE).setMaxResults(limit).getResultList().stream()
                .map(c -> new QueueEntry(c, null, null)).toList();
    }

    @Override
    public long nothingDueCount(Set<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.schoolId IN :s AND c.attention < :closed"
                        + " AND c.nextDueAt = :nothing", Long.class)
                .setParameter("s", schoolIds).setParameter("closed", CaseAttention.CLOSED)
                .setParameter("nothing", CaseFile.NOTHING_DUE).getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
