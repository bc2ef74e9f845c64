package org.haven.cases.domain;

import java.time.Instant;

/** The dashboard order of a case: what needs someone first comes first. */
public final class CaseAttention {

    public static final int URGENT = 0;
    public static final int OVERDUE = 1;
    public static final int OPEN = 2;
    public static final int CLOSED = 3;

    private CaseAttention() {
    }

    public static int of(CaseStatus status, RiskLevel risk, boolean pendingUrgentDecision, Instant nextDueAt,
                         Instant now) {
        if (status == CaseStatus.CLOSED) {
            return CLOSED;
        }
        if (pendingUrgentDecision || risk == RiskLevel.IMMEDIATE) {
            return URGENT;
        }
        if (nextDueAt.isBefore(now)) {
            return OVERDUE;
        }
        return risk == RiskLevel.HIGH ? URGENT : OPEN;
    }
}
