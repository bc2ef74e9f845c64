package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.Assessed;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.ActionKind;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The urgent path an urgent risk level takes: the head of school and the district lead told at once, and a
 * decision required within the protocol's time, unless one is already awaited. In the assessment's transaction.
 */
@ApplicationScoped
public class UrgentPath {

    @Inject
    CaseGate cases;

    /**
     * Head and district lead told at once (unless a rule that fired just now told them), and a decision required
     * unless one is awaited already. A confirmation of a level already urgent tells nobody again.
     */
    void take(long caseId, Assessed assessed) {
        boolean raised = !assessed.before().isUrgent() || assessed.after().compareTo(assessed.before()) > 0;
        boolean asked = cases.requireUrgentDecision(caseId, RiskAssessments.URGENT_RULE).isPresent();
        if (!raised || asked) {
            return;
        }
        Set<String> told = assessed.fired().stream().flatMap(r -> r.actions().stream())
                .filter(a -> a.kind() == ActionKind.NOTIFY).map(a -> a.argument()).collect(Collectors.toSet());
        for (Role role : List.of(Role.HEAD_OF_SCHOOL, Role.DISTRICT_LEAD)) {
            if (!told.contains(role.securityName())) {
                cases.notifyRole(caseId, role, "SAFEGUARDING_URGENT", true);
            }
        }
    }
}
