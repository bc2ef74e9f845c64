package org.haven.cases.domain;

import java.time.LocalDate;

/**
 * Dashboard filters; null means any. search matches a case number exactly or a party's name.
 */
public record CaseFilter(CaseStatus status, String category, RiskLevel risk, String dueStep, LocalDate openedFrom,
                         LocalDate openedTo, String search, Long schoolId) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }
}
