package org.haven.safeguarding.domain;

/** Who would be told: the pupil's parents, or someone outside the school (child protection, police, health...). */
public enum ConsentScope {
    PARENTS, OUTSIDE
}
