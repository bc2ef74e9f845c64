package org.haven.cases.application;

/** A person to add to a case: a pupil of the school's roster (personId), or a name when not on it. */
public record PartyInput(Long personId, String name, String part) {
}
