package org.haven.cases.application;

import org.haven.cases.domain.EventKind;

/**
 * A parent-visible entry was written on a case's timeline (fired in the writing transaction), so that the parent
 * portal can tell the parents concerned. Carries ids only.
 */
public record CaseEventRecorded(long caseId, long eventId, EventKind kind) {
}
