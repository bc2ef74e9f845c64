package org.haven.safeguarding.domain;

/** Who was called when a risk was urgent. */
public enum CalledParty {
    EMERGENCY_SERVICES, PARENTS, HEALTH, POLICE, CHILD_PROTECTION, HELP_LINE
}
