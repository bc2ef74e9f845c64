package org.haven.safeguarding.application;

import java.util.List;

/**
 * Referrals a deadline sweep found late and recorded so: the case of each, once per late referral. Its reminders
 * are sent after the sweep commits, so that a failure to notify never undoes the sweep.
 */
public record ReferralsLate(List<Long> caseIds) {
}
