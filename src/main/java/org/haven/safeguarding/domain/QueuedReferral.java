package org.haven.safeguarding.domain;

/** A referral waiting in a work queue, with the number and school of its case read in the same query. */
public record QueuedReferral(Referral referral, String caseNumber, long schoolId) {
}
