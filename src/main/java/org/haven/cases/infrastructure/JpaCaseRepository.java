package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.cases.domain.CaseAttention;
import org.haven.cases.domain.CaseCursor;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.AttachedReport;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.QueueEntry;
import org.haven.cases.domain.CaseHandover;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    /** Stands in for "no school" in IN lists, which may not be empty. */
    private static final long NO_SCHOOL = -1L;

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
        String jpql = "SELECT c FROM CaseFile c WHERE c.id = :id AND " + scopeClause(scope, params);
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
    public List<CaseParty> sameAuthorsElsewhere(long caseId, Collection<Long> personIds,
                                                Collection<String> lowerNames) {
        if (personIds.isEmpty() && lowerNames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM CaseParty p WHERE p.part = :author AND p.caseId <> :c AND ("
                        + "p.personId IN :people OR (p.personId IS NULL AND LOWER(p.displayName) IN :names))"
                        + " ORDER BY p.caseId", CaseParty.class)
                .setParameter("author", PartyRole.ALLEGED_AUTHOR).setParameter("c", caseId)
                .setParameter("people", personIds.isEmpty() ? List.of(-1L) : personIds)
                .setParameter("names", lowerNames.isEmpty() ? List.of("") : lowerNames).getResultList();
    }

    @Override
    public List<CaseHandover> handoversFrom(Collection<Long> schoolIds, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT h FROM CaseHandover h WHERE h.fromSchoolId IN :s"
                        + " ORDER BY h.handedAt DESC, h.id DESC", CaseHandover.class)
                .setParameter("s", schoolIds).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<CaseHandover> handoverFrom(long id, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT h FROM CaseHandover h WHERE h.id = :id AND h.fromSchoolId IN :s",
                CaseHandover.class).setParameter("id", id).setParameter("s", schoolIds).getResultStream().findFirst();
    }

    @Override
    public long repeatAuthorCount() {
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT COALESCE(CONCAT('#', p.person_id),"
                + " LOWER(p.display_name)) AS who FROM case_party p JOIN case_file c ON c.id = p.case_id"
                + " WHERE p.part = 'ALLEGED_AUTHOR' AND c.anonymised_at IS NULL"
                + " GROUP BY who HAVING COUNT(DISTINCT p.case_id) > 1) t").getSingleResult();
        return ((Number) n).longValue();
    }

    @Override
    public long repeatAuthorCount(java.util.Collection<Long> schoolIds, Instant from, Instant to) {
        if (schoolIds.isEmpty()) {
            return 0;
        }
        String schools = String.join(",", schoolIds.stream().map(String::valueOf).toList());
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT COALESCE(CONCAT('#', p.person_id),"
                + " LOWER(p.display_name)) AS who FROM case_party p JOIN case_file c ON c.id = p.case_id"
                + " WHERE p.part = 'ALLEGED_AUTHOR' AND c.anonymised_at IS NULL AND c.school_id IN (" + schools + ")"
                + " AND c.opened_at >= ?1 AND c.opened_at < ?2 GROUP BY who HAVING COUNT(DISTINCT p.case_id) > 1) t")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to))
                .getSingleResult();
        return ((Number) n).longValue();
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

    /**
     * One query per branch of the scope (each school worked, the incidents filed, the escalated cases), each served
     * by its own index in (attention, next_due_at, id) order with the same keyset and limit, merged here: an OR
     * across branches would make the database sort every case of the scope (see deploy/benchmark.sh).
     */
    @Override
    public List<CaseFile> page(CaseScope scope, CaseFilter filter, CaseCursor after, int limit) {
        List<Map.Entry<String, Map<String, Object>>> branches = new java.util.ArrayList<>();
        for (Long school : scope.fullSchools()) {
            if (filter.schoolId() == null || filter.schoolId().equals(school)) {
                branches.add(Map.entry("c.schoolId = :branchSchool", Map.of("branchSchool", school)));
            }
        }
        branches.add(Map.entry("c.filedBy = :me", Map.of("me", scope.accountId())));
        if (scope.escalatedDistrictWide()) {
            branches.add(Map.entry("c.escalated = TRUE", Map.of()));
        }
        java.util.TreeMap<CaseCursor, CaseFile> merged = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt(CaseCursor::attention).thenComparing(CaseCursor::nextDueAt)
                .thenComparingLong(CaseCursor::id));
        for (Map.Entry<String, Map<String, Object>> branch : branches) {
            for (CaseFile c : branchPage(branch.getKey(), branch.getValue(), filter, after, limit + 1)) {
                merged.putIfAbsent(CaseCursor.after(c), c);
            }
        }
        return merged.values().stream().limit(limit + 1L).toList();
    }

    private List<CaseFile> branchPage(String branch, Map<String, Object> branchParams, CaseFilter filter,
                                      CaseCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(branchParams);
        StringBuilder jpql = new StringBuilder("SELECT c FROM CaseFile c WHERE ").append(branch);
        if (filter.schoolId() != null) {
            jpql.append(" AND c.schoolId = :school");
            params.put("school", filter.schoolId());
        }
        if (filter.status() != null) {
            jpql.append(" AND c.status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            jpql.append(" AND c.category = :category");
            params.put("category", filter.category());
        }
        if (filter.risk() != null) {
            jpql.append(" AND c.riskLevel = :risk");
            params.put("risk", filter.risk());
        }
        if (filter.dueStep() != null) {
            jpql.append(" AND EXISTS (SELECT s FROM CaseStep s WHERE s.caseId = c.id AND s.stepId = :step"
                    + " AND s.status = :due)");
            params.put("step", filter.dueStep());
            params.put("due", StepStatus.DUE);
        }
        if (filter.lateAt() != null) {
            jpql.append(" AND c.status <> :closedStatus AND c.nextDueAt < :lateAt");
            params.put("closedStatus", CaseStatus.CLOSED);
            params.put("lateAt", filter.lateAt());
        }
        if (filter.openedFrom() != null) {
            jpql.append(" AND c.openedAt >= :from");
            params.put("from", filter.openedFrom().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.openedTo() != null) {
            jpql.append(" AND c.openedAt < :to");
            params.put("to", filter.openedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            jpql.append(" AND (c.number = :number OR EXISTS (SELECT p FROM CaseParty p WHERE p.caseId = c.id"
                    + " AND LOWER(p.displayName) LIKE :name))");
            params.put("number", filter.search().strip());
            // The search's own wildcards are escaped (MariaDB's LIKE escape is the backslash): "%" finds a "%".
            params.put("name", "%" + filter.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            // The expanded form: a row-constructor comparison is not served by the index (STACK-NOTES).
            jpql.append(" AND (c.attention > :a OR (c.attention = :a AND (c.nextDueAt > :d"
                    + " OR (c.nextDueAt = :d AND c.id > :lastId))))");
            params.put("a", after.attention());
            params.put("d", after.nextDueAt());
            params.put("lastId", after.id());
        }
        jpql.append(" ORDER BY c.attention, c.nextDueAt, c.id");
        TypedQuery<CaseFile> q = em.createQuery(jpql.toString(), CaseFile.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList();
    }

    /**
     * The scope as a condition on the case c, with only the branches the scope has (a scope narrowed to the schools
     * worked, or to the incidents filed, gives a single condition the database can serve from one index).
     */
    private static String scopeClause(CaseScope scope, Map<String, Object> params) {
        List<String> branches = new java.util.ArrayList<>();
        if (!scope.fullSchools().isEmpty()) {
            Set<Long> schools = new HashSet<>(scope.fullSchools());
            schools.add(NO_SCHOOL);
            params.put("schools", schools);
            branches.add("c.schoolId IN :schools");
        }
        if (scope.accountId() > 0) {
            params.put("me", scope.accountId());
            branches.add("c.filedBy = :me");
        }
        if (scope.escalatedDistrictWide()) {
            branches.add("c.escalated = TRUE");
        }
        return branches.isEmpty() ? "c.id < 0" : "(" + String.join(" OR ", branches) + ")";
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
                + " AND c.status <> :closed AND " + scopeClause(scope, params) + " ORDER BY e.decisionDueAt, e.id",
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
                + " AND c.status <> :closed AND " + scopeClause(scope, params), Long.class);
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

    @Override
    public List<CaseFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.id IN :ids", CaseFile.class)
                .setParameter("ids", ids).getResultList();
    }
}
