package org.haven.safeguarding.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pupil's wishes first, parents of minors informed by default, overrides only with a ground. */
class ConsentRulesTest {

    @Test
    void aYesAllowsOnConsent() {
        for (ConsentScope scope : ConsentScope.values()) {
            ConsentDecision d = ConsentRules.decide(scope, ConsentAnswer.AGREES, null);
            assertTrue(d.allowed());
            assertEquals(DisclosureBasis.CONSENT, d.basis());
        }
    }

    @Test
    void aNoForbidsUnlessOverridden() {
        assertFalse(ConsentRules.decide(ConsentScope.PARENTS, ConsentAnswer.REFUSES, null).allowed());
        assertFalse(ConsentRules.decide(ConsentScope.OUTSIDE, ConsentAnswer.REFUSES, null).allowed());
        ConsentDecision overridden = ConsentRules.decide(ConsentScope.OUTSIDE, ConsentAnswer.REFUSES, 7L);
        assertTrue(overridden.allowed());
        assertEquals(DisclosureBasis.OVERRIDE, overridden.basis());
        assertEquals(7L, overridden.overrideId());
    }

    @Test
    void notAskedInformsParentsButSharesNothingOutside() {
        ConsentDecision parents = ConsentRules.decide(ConsentScope.PARENTS, ConsentAnswer.NOT_ASKED, null);
        assertTrue(parents.allowed());
        assertEquals(DisclosureBasis.DEFAULT, parents.basis());
        assertFalse(ConsentRules.decide(ConsentScope.OUTSIDE, null, null).allowed());
    }

    @Test
    void onlyParentsAreInsideTheParentsScope() {
        assertEquals(ConsentScope.PARENTS, RecipientKind.PARENT.scope());
        for (RecipientKind k : RecipientKind.values()) {
            if (k != RecipientKind.PARENT) {
                assertEquals(ConsentScope.OUTSIDE, k.scope(), k.name());
            }
        }
    }
}
