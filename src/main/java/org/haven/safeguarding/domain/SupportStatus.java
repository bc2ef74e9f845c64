package org.haven.safeguarding.domain;

/** Where a support stands: offered to the pupil, arranged (appointment made), declined, ended. */
public enum SupportStatus {
    OFFERED, ARRANGED, DECLINED, ENDED
}
