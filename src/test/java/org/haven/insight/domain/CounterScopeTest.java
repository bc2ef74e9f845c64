package org.haven.insight.domain;

import org.haven.directory.domain.SchoolLevel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The level rows are read only when they hold exactly the schools asked for, and each level has its own key. */
class CounterScopeTest {

    private static final SchoolLevel COLLEGE = SchoolLevel.COLLEGE;
    private static final SchoolLevel LYCEE = SchoolLevel.LYCEE;

    @Test
    void eachLevelHasItsOwnNegativeKey() {
        assertEquals(SchoolLevel.values().length,
                Arrays.stream(SchoolLevel.values()).mapToLong(CounterScope::levelKey).filter(k -> k < 0).distinct()
                        .count());
    }

    @Test
    void levelRowsAnswerWhenTheyHoldTheSchoolsInScope() {
        Map<Long, SchoolLevel> counted = Map.of(1L, COLLEGE, 2L, COLLEGE, 3L, LYCEE);
        assertTrue(CounterScope.levelHoldsExactly(COLLEGE, Set.of(1L, 2L), counted));
        assertTrue(CounterScope.levelHoldsExactly(COLLEGE, Set.of(1L, 2L, 4L), counted), "4 never counted yet");
    }

    @Test
    void aClosedSchoolCountedUnderTheLevelSendsTheReadToEachSchool() {
        Map<Long, SchoolLevel> counted = Map.of(1L, COLLEGE, 2L, COLLEGE);
        assertFalse(CounterScope.levelHoldsExactly(COLLEGE, Set.of(1L), counted));
    }

    @Test
    void aSchoolWhoseLevelChangedAndIsNotFollowedYetSendsTheReadToEachSchool() {
        Map<Long, SchoolLevel> counted = Map.of(1L, COLLEGE, 3L, LYCEE);
        assertFalse(CounterScope.levelHoldsExactly(COLLEGE, Set.of(1L, 3L), counted));
    }

    @Test
    void noSchoolIsNothingToRead() {
        assertTrue(CounterScope.schools(Set.of()).isEmpty());
        assertTrue(CounterScope.level(COLLEGE, Set.of()).isEmpty());
        assertFalse(CounterScope.district().isEmpty());
    }
}
