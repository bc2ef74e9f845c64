package org.haven.safeguarding.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a referral (Primero's referral transitions): a draft is sent; the body acknowledges it, then
 * accepts or rejects it (with a reason); an accepted referral is done when the body's work ends. Any referral not
 * finished can be revoked (with a reason), for example when the school learns it was the wrong body.
 */
public enum ReferralStatus {
    DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, REJECTED, DONE, REVOKED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SENT, REVOKED),
            SENT, EnumSet.of(ACKNOWLEDGED, ACCEPTED, REJECTED, REVOKED),
            ACKNOWLEDGED, EnumSet.of(ACCEPTED, REJECTED, REVOKED),
            ACCEPTED, EnumSet.of(DONE, REVOKED),
            REJECTED, EnumSet.noneOf(ReferralStatus.class),
            DONE, EnumSet.noneOf(ReferralStatus.class),
            REVOKED, EnumSet.noneOf(ReferralStatus.class));

    public boolean canMoveTo(ReferralStatus next) {
        return next != null && NEXT.get(this).contains(next);
    }

    public Set<ReferralStatus> next() {
        Set<ReferralStatus> next = NEXT.get(this);
        return next.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(next);
    }

    public boolean isFinished() {
        return NEXT.get(this).isEmpty();
    }

    /** Moving here needs a stated reason: a rejection, a revocation. */
    public boolean needsReason() {
        return this == REJECTED || this == REVOKED;
    }
}
