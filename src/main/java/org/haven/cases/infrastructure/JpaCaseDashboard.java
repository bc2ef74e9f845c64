package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.cases.domain.CaseCursor;
import org.haven.cases.domain.CaseDashboard;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.StepStatus;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's keyset pages of cases in a reader's scope, urgent and overdue first, through JPA. */
@ApplicationScoped
public class JpaCaseDashboard implements CaseDashboard {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

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
}
