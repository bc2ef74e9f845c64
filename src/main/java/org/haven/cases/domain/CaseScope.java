package org.haven.cases.domain;

import java.util.Set;

/**
 * Which cases an account may load, applied inside every query: all cases of the schools where it is a referent or
 * the head; the incidents it filed itself; and, for the district lead, every escalated case of the district.
 */
public record CaseScope(Set<Long> fullSchools, long accountId, boolean escalatedDistrictWide) {

    public CaseScope {
        fullSchools = Set.copyOf(fullSchools);
    }

    /** The cases of the schools the account works, without those it only filed or follows as district lead. */
    public CaseScope workedOnly() {
        return new CaseScope(fullSchools, NO_ACCOUNT, false);
    }

    /** An account id no case is filed by. */
    private static final long NO_ACCOUNT = -1L;

    /** Whether the account works the case (protocol steps, timeline in full), rather than only following it. */
    public boolean works(CaseFile c) {
        return fullSchools.contains(c.schoolId());
    }

    /**
     * Whether the account reaches the case only as the one who filed the incident (issue 14, finding 9): it then
     * sees the incident as filed and its progress (status, the steps reached, open or closed), not the file: not
     * the parties added later, interviews and notes, escalations, follow-ups, the closing summary.
     */
    public boolean onlyFiled(CaseFile c) {
        return !works(c) && !(escalatedDistrictWide && c.escalated());
    }
}
