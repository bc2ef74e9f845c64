package org.haven.cases.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The work queue's narrowed scope: the schools worked, without the filed incidents and the district branch. */
class CaseScopeTest {

    private final CaseScope referent = new CaseScope(Set.of(7L), 42, true);

    @Test
    void workedOnlyKeepsTheSchoolsAndDropsTheFilerAndTheDistrictBranches() {
        CaseScope worked = referent.workedOnly();
        assertEquals(Set.of(7L), worked.fullSchools());
        assertTrue(worked.accountId() < 0, "no account files a case under a negative id");
        assertFalse(worked.escalatedDistrictWide());
    }
}
