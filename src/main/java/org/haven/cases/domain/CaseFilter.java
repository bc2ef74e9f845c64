package org.haven.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dashboard filters; null means any. search matches a case number exactly or a party's name. lateAt keeps only the
 * active cases whose earliest due step was due before that instant (the "overdue only" filter: the caller gives
 * the current time, so the repository needs no clock).
 */
public record CaseFilter(CaseStatus status, String category, RiskLevel risk, String dueStep, LocalDate openedFrom,
                         LocalDate openedTo, String search, Long schoolId, Instant lateAt) {

    public CaseFilter(CaseStatus status, String category, RiskLevel risk, String dueStep, LocalDate openedFrom,
                      LocalDate openedTo, String search, Long schoolId) {
        this(status, category, risk, dueStep, openedFrom, openedTo, search, schoolId, null);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }
}
