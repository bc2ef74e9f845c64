package org.haven.cases.application;

import java.time.Instant;

/**
 * Fired at the end of every deadline sweep, in its transaction: features with deadlines of their own about cases
 * (referrals to outside bodies) check them at the same instant, so tests drive them all with one sweep.
 */
public record CasesSwept(Instant now) {
}
