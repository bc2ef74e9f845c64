package org.haven.protocol.domain;

/** What a step is, so that the case timeline can say "interview recorded", "parents informed", "measure decided". */
public enum StepKind {
    ACKNOWLEDGE, INFORM, INTERVIEW, PROTECTION, PARENTS, MEASURE, DECLARATION, CLASS_ACTION, FOLLOW_UP, OTHER
}
