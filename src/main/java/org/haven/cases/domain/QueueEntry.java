package org.haven.cases.domain;

/**
 * One line of a staff member's work queue read from the cases: the case with the step due, or with the decision an
 * escalation awaits, or alone (nothing left due: closing to decide). Read together in one query per kind so that a
 * queue never loads its cases one row at a time.
 */
public record QueueEntry(CaseFile caseFile, CaseStep step, CaseEscalation escalation) {
}
