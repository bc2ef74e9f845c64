package org.haven.protocol.domain;

/** Clock hours, calendar days (same local time) or school days of the district's calendar. */
public enum DeadlineUnit {
    HOURS, DAYS, SCHOOL_DAYS
}
