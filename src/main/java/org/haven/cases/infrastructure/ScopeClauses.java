package org.haven.cases.infrastructure;

import org.haven.cases.domain.CaseScope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A reader's case scope written as a JPQL condition, shared by the dashboard pages and the agenda's queues. */
final class ScopeClauses {

    /** Stands in for "no school" in IN lists, which may not be empty. */
    private static final long NO_SCHOOL = -1L;

    private ScopeClauses() {
    }

    /**
     * The scope as a condition on the case c, with only the branches the scope has (a scope narrowed to the schools
     * worked, or to the incidents filed, gives a single condition the database can serve from one index).
     */
    static String scopeClause(CaseScope scope, Map<String, Object> params) {
        List<String> branches = new ArrayList<>();
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
}
