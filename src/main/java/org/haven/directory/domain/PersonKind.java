package org.haven.directory.domain;

/** Who a person of the directory is to the district. */
public enum PersonKind {
    STUDENT, PARENT, STAFF
}
