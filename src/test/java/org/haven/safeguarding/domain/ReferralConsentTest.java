package org.haven.safeguarding.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A referral shares the pupil's information outside the school: the consent rules as every referral kind meets them. */
class ReferralConsentTest {

    @Test
    void noReferralKindSharesWithoutTheOutsideConsentOrAnOverride() {
        for (ReferralKind kind : ReferralKind.values()) {
            ConsentScope scope = kind.recipientKind().scope();
            assertEquals(ConsentScope.OUTSIDE, scope, kind.name());
            assertFalse(ConsentRules.decide(scope, null, null).allowed(), kind + ": not asked");
            assertFalse(ConsentRules.decide(scope, ConsentAnswer.NOT_ASKED, null).allowed(), kind + ": not asked");
            assertFalse(ConsentRules.decide(scope, ConsentAnswer.REFUSES, null).allowed(), kind + ": refused");
            assertTrue(ConsentRules.decide(scope, ConsentAnswer.AGREES, null).allowed(), kind + ": agreed");
        }
    }

    @Test
    void anOverrideAllowsDespiteARefusalAndIsTheBasisRecorded() {
        ConsentDecision d = ConsentRules.decide(ConsentScope.OUTSIDE, ConsentAnswer.REFUSES, 42L);
        assertTrue(d.allowed());
        assertEquals(DisclosureBasis.OVERRIDE, d.basis());
        assertEquals(42L, d.overrideId());
        assertEquals(DisclosureBasis.CONSENT, ConsentRules.decide(ConsentScope.OUTSIDE, ConsentAnswer.AGREES, null)
                .basis());
    }
}
