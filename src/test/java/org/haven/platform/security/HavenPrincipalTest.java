package org.haven.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an open session's principal follows its account's grants (issue 17): it narrows, it never widens. */
class HavenPrincipalTest {

    private final HavenPrincipal signedIn = new HavenPrincipal(7, "head.college", "Head", "fr",
            Map.of("head_of_school", Set.of(1L, 2L), "referent", Set.of(1L), "district_lead", Set.of()));

    @Test
    void nothingChangedGivesTheSamePrincipal() {
        assertSame(signedIn, signedIn.within(Map.of("head_of_school", Set.of(1L, 2L), "referent", Set.of(1L),
                "district_lead", Set.of())));
    }

    @Test
    void aRoleRemovedGoesAndAnotherAddedIsNotTaken() {
        HavenPrincipal now = signedIn.within(Map.of("head_of_school", Set.of(1L, 2L), "district_lead", Set.of(),
                "district_admin", Set.of()));

        assertEquals(Set.of("head_of_school", "district_lead"), now.roles());
        assertEquals("district_lead", now.primaryRole());
        assertEquals(7, now.accountId());
        assertEquals("head.college", now.username());
    }

    @Test
    void aSchoolRemovedNarrowsTheRoleAndTheLastSchoolRemovedTakesTheRole() {
        HavenPrincipal now = signedIn.within(Map.of("head_of_school", Set.of(2L, 3L), "referent", Set.of(3L),
                "district_lead", Set.of()));

        assertEquals(Set.of("head_of_school", "district_lead"), now.roles());
        assertEquals(Set.of(2L), now.schoolsWhere("head_of_school"));
        assertEquals(Set.of(2L), now.schoolIds());
    }

    @Test
    void noGrantLeftLeavesNoRole() {
        assertTrue(signedIn.within(Map.of()).roles().isEmpty());
    }
}
