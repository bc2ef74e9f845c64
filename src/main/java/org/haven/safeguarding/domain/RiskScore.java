package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;

import java.util.List;

/** The level an assessment gives and every reason for it, the strongest first. */
public record RiskScore(RiskLevel level, List<RiskReason> reasons) {

    public String reasonCodes() {
        return String.join(",", reasons.stream().map(RiskReason::code).toList());
    }
}
