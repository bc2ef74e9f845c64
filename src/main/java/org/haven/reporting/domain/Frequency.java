package org.haven.reporting.domain;

/** How often it happens. */
public enum Frequency {
    ONCE, SEVERAL_TIMES, EVERY_WEEK, EVERY_DAY
}
