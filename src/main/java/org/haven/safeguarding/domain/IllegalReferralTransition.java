package org.haven.safeguarding.domain;

/** A referral was asked to move where its lifecycle does not go (for example from DONE back to SENT). */
public class IllegalReferralTransition extends RuntimeException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    public IllegalReferralTransition(ReferralStatus from, ReferralStatus to) {
        super("A referral cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }
}
