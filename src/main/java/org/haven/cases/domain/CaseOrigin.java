package org.haven.cases.domain;

/** How a case began: a confidential report turned into a case, or an incident filed by a member of staff. */
public enum CaseOrigin {
    REPORT, STAFF
}
