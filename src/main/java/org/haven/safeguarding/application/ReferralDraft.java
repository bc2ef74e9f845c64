package org.haven.safeguarding.application;

import org.haven.safeguarding.domain.ReferralKind;

/**
 * The content of a referral: to which kind of body, about which pupil (a party of the case), to which body of the
 * directory or named recipient, why, and what is shared.
 */
public record ReferralDraft(ReferralKind kind, Long partyId, Long bodyId, String recipient, String reason,
                            String shared) {
}
