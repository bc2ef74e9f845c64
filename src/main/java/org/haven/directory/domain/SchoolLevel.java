package org.haven.directory.domain;

/** Primary school (école), lower secondary (collège) or upper secondary (lycée). */
public enum SchoolLevel {
    PRIMARY, COLLEGE, LYCEE
}
