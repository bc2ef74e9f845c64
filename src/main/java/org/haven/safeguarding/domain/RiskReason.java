package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;

/** One reason for a risk level: what was answered (a message key suffix) and the level it brings on its own. */
public record RiskReason(String code, RiskLevel level) {
}
