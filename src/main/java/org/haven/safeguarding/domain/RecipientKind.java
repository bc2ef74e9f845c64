package org.haven.safeguarding.domain;

/** Who received case information; PARENT is inside the PARENTS scope, every other kind is OUTSIDE. */
public enum RecipientKind {
    PARENT, CHILD_PROTECTION, PROSECUTOR, POLICE, HEALTH, ASSOCIATION, PLATFORM, EDUCATION_AUTHORITY, OTHER;

    public ConsentScope scope() {
        return this == PARENT ? ConsentScope.PARENTS : ConsentScope.OUTSIDE;
    }
}
