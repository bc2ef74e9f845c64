package org.haven.harm.domain;

/** What happened, in the words of ARCHITECTURE.md section 4 (forms listed in the domain digest). */
public enum Category {
    INSULTS, THREATS, HUMILIATION, EXCLUSION, IMPERSONATION, DOXXING, INTIMATE_IMAGES, DEEPFAKE, PHYSICAL, OTHER
}
