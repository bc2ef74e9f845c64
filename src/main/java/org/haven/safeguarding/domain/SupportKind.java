package org.haven.safeguarding.domain;

/** Kinds of support offered to a pupil (domain digest, point 9). */
public enum SupportKind {
    SCHOOL_PSYCHOLOGIST, SCHOOL_NURSE, SOCIAL_WORKER, OUTSIDE_SERVICE, HELP_LINE, PEER_SUPPORT
}
