package org.haven.safeguarding.domain;

/** How often: once, from time to time, every day or almost. */
public enum RiskFrequency {
    ONCE, SOMETIMES, DAILY
}
