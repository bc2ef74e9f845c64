package org.haven.cases.application;

import java.time.Instant;

/**
 * An escalation rule asked for a referral to an outside body ("referral police"): fired in the escalation's
 * transaction so that the safeguarding feature opens a draft referral for the case. {@code dueAt}: by when the
 * rule wants it done (null when the rule gives no time).
 */
public record ReferralRequired(long caseId, long schoolId, String body, String ruleId, Instant dueAt) {
}
