package org.haven.cases.application;

/**
 * A case went to another school of the district (fired in the handover's transaction), so that the features above
 * cases that keep the case's school next to their own rows (safeguarding's referrals, V28) move them with it.
 */
public record CaseHandedOver(long caseId, long toSchoolId) {
}
