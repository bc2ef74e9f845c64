package org.haven.safeguarding.domain;

/**
 * Whether information about a pupil may be shared in a scope, and on which basis; when not, an override with a
 * stated legal ground is needed (and is then the basis).
 */
public record ConsentDecision(boolean allowed, DisclosureBasis basis, Long overrideId) {

    public static ConsentDecision refused() {
        return new ConsentDecision(false, null, null);
    }
}
