package org.haven.protocol.domain;

/** The French school holiday zones (A, B, C) whose winter and spring holidays differ; the district picks one. */
public enum HolidayZone {
    A, B, C
}
