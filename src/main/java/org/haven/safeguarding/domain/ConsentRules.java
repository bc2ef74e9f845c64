package org.haven.safeguarding.domain;

/**
 * The rule of the domain digest (point 1 and 10): the pupil's wishes are respected, consent comes before involving
 * others, except where safety or the law overrides, and the school informs the parents of minors. So: a pupil's
 * yes allows; a pupil's no forbids unless an override with a stated ground exists; not asked falls back to the
 * default, which informs parents (minors) and shares nothing outside the school without consent or override.
 */
public final class ConsentRules {

    private ConsentRules() {
    }

    public static ConsentDecision decide(ConsentScope scope, ConsentAnswer answer, Long overrideId) {
        if (overrideId != null) {
            return new ConsentDecision(true, DisclosureBasis.OVERRIDE, overrideId);
        }
        ConsentAnswer given = answer == null ? ConsentAnswer.NOT_ASKED : answer;
        return switch (given) {
            case AGREES -> new ConsentDecision(true, DisclosureBasis.CONSENT, null);
            case REFUSES -> ConsentDecision.refused();
            case NOT_ASKED -> scope == ConsentScope.PARENTS
                    ? new ConsentDecision(true, DisclosureBasis.DEFAULT, null) : ConsentDecision.refused();
        };
    }
}
