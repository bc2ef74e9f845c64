package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.cases.domain.AttachedReport;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases and what belongs to them, through JPA (the dashboard pages and the agenda have their own classes). */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public CaseFile add(CaseFile c) {
        em.persist(c);
        em.flush();
        return c;
    }

    @Override
    public <T> T add(T partOfCase) {
        em.persist(partOfCase);
        em.flush();
        return partOfCase;
    }

    @Override
    public Optional<CaseFile> inScope(long caseId, CaseScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String jpql = "SELECT c FROM CaseFile c WHERE c.id = :id AND " + ScopeClauses.scopeClause(scope, params);
        params.put("id", caseId);
        TypedQuery<CaseFile> q = em.createQuery(jpql, CaseFile.class);
        params.forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    @Override
    public Optional<CaseFile> byId(long caseId) {
        return Optional.ofNullable(em.find(CaseFile.class, caseId));
    }

    @Override
    public List<AttachedReport> attachments(long caseId) {
        return em.createQuery("SELECT a FROM AttachedReport a WHERE a.caseId = :c ORDER BY a.id", AttachedReport.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<AttachedReport> liveAttachment(long reportId) {
        return em.createQuery("SELECT a FROM AttachedReport a WHERE a.reportId = :r AND a.detachedAt IS NULL",
                AttachedReport.class).setParameter("r", reportId).getResultStream().findFirst();
    }

    @Override
    public Map<Long, CaseFile> casesOfReports(Collection<Long> reportIds) {
        Map<Long, CaseFile> found = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT c FROM CaseFile c WHERE c.reportId IN :r", CaseFile.class)
                .setParameter("r", reportIds).getResultList().forEach(c -> found.put(c.reportId(), c));
        em.createQuery("SELECT a.reportId, c FROM AttachedReport a, CaseFile c WHERE a.caseId = c.id"
                        + " AND a.detachedAt IS NULL AND a.reportId IN :r", Object[].class)
                .setParameter("r", reportIds).getResultList()
                .forEach(row -> found.putIfAbsent((Long) row[0], (CaseFile) row[1]));
        return found;
    }

    @Override
    public Optional<CaseFile> byReport(long reportId) {
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.reportId = :r", CaseFile.class)
                .setParameter("r", reportId).getResultStream().findFirst();
    }

    @Override
    public List<CaseFile> closedBefore(Instant limit, int max) {
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.status = :closed AND c.closedAt < :limit"
                        + " AND c.legalHoldAt IS NULL ORDER BY c.closedAt, c.id", CaseFile.class).setParameter("closed", CaseStatus.CLOSED)
                .setParameter("limit", limit).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM CaseFile c", Long.class).getSingleResult();
    }

    @Override
    public List<CaseParty> parties(long caseId) {
        return em.createQuery("SELECT p FROM CaseParty p WHERE p.caseId = :c ORDER BY p.part, p.id", CaseParty.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseParty> partiesOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM CaseParty p WHERE p.personId IN :people ORDER BY p.caseId DESC, p.id",
                CaseParty.class).setParameter("people", personIds).getResultList();
    }

    @Override
    public List<CaseStep> steps(long caseId) {
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.caseId = :c ORDER BY s.id", CaseStep.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseStep> dueSteps(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.caseId IN :c AND s.status = :due", CaseStep.class)
                .setParameter("c", caseIds).setParameter("due", StepStatus.DUE).getResultList();
    }

    @Override
    public List<CaseEvent> events(long caseId, Collection<EventKind> kinds) {
        if (kinds.isEmpty()) {
            return em.createQuery("SELECT e FROM CaseEvent e WHERE e.caseId = :c ORDER BY e.at, e.id",
                    CaseEvent.class).setParameter("c", caseId).getResultList();
        }
        return em.createQuery("SELECT e FROM CaseEvent e WHERE e.caseId = :c AND e.kind IN :k ORDER BY e.at, e.id",
                CaseEvent.class).setParameter("c", caseId).setParameter("k", kinds).getResultList();
    }

    @Override
    public List<CaseEscalation> escalations(long caseId) {
        return em.createQuery("SELECT e FROM CaseEscalation e WHERE e.caseId = :c ORDER BY e.firedAt, e.id",
                CaseEscalation.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseFollowUp> followUps(long caseId) {
        return em.createQuery("SELECT f FROM CaseFollowUp f WHERE f.caseId = :c ORDER BY f.dueOn, f.id",
                CaseFollowUp.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.id IN :ids", CaseFile.class)
                .setParameter("ids", ids).getResultList();
    }
}
