package org.haven.family.domain;

import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each family sees of a case by their child's part in it. */
class ParentSightTest {

    @Test
    void theTargetsParentsSeeEveryParentVisibleEntryButDisclosures() {
        for (EventKind kind : EventKind.values()) {
            if (kind != EventKind.DISCLOSURE) {
                assertTrue(ParentSight.sees(PartyRole.TARGET, kind), kind.name());
            }
        }
        assertFalse(ParentSight.sees(PartyRole.TARGET, EventKind.DISCLOSURE), "read in the disclosure record");
        assertTrue(ParentSight.seesNextSteps(PartyRole.TARGET));
    }

    @Test
    void anAllegedAuthorsParentsSeeOnlyWhatConcernsTheWholeCase() {
        assertTrue(ParentSight.follows(PartyRole.ALLEGED_AUTHOR));
        assertTrue(ParentSight.sees(PartyRole.ALLEGED_AUTHOR, EventKind.CLOSED));
        assertTrue(ParentSight.sees(PartyRole.ALLEGED_AUTHOR, EventKind.REOPENED));
        assertFalse(ParentSight.sees(PartyRole.ALLEGED_AUTHOR, EventKind.PROTECTION), "the target's protection");
        assertFalse(ParentSight.sees(PartyRole.ALLEGED_AUTHOR, EventKind.PARENTS_INFORMED), "the target's parents met");
        assertFalse(ParentSight.sees(PartyRole.ALLEGED_AUTHOR, EventKind.DISCLOSURE));
        assertFalse(ParentSight.seesNextSteps(PartyRole.ALLEGED_AUTHOR));
    }

    @Test
    void witnessesAndReportersParentsDoNotFollowTheCase() {
        for (PartyRole part : new PartyRole[]{PartyRole.WITNESS, PartyRole.REPORTER}) {
            assertFalse(ParentSight.follows(part));
            for (EventKind kind : EventKind.values()) {
                assertFalse(ParentSight.sees(part, kind), part + " " + kind);
            }
        }
    }
}
