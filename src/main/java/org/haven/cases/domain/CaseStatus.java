package org.haven.cases.domain;

/** Where a case stands: opened, being worked through its protocol, closed, or reopened after a recurrence. */
public enum CaseStatus {
    OPEN, IN_PROTOCOL, CLOSED, REOPENED;

    public boolean isActive() {
        return this != CLOSED;
    }
}
