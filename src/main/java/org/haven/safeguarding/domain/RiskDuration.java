package org.haven.safeguarding.domain;

/** For how long it has been going on: a few days, a few weeks, months. */
public enum RiskDuration {
    DAYS, WEEKS, MONTHS
}
