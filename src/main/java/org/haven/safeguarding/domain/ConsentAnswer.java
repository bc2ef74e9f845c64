package org.haven.safeguarding.domain;

/** What the pupil said when asked whether someone may be told. */
public enum ConsentAnswer {
    AGREES, REFUSES, NOT_ASKED
}
