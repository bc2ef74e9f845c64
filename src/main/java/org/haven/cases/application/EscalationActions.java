package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.haven.cases.application.CaseEngine.SYSTEM;

/** Carries out what an escalation rule or overdue rung says: tell a role, remind the owners, ask for a referral. */
@ApplicationScoped
public class EscalationActions {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    Event<ReferralRequired> referralRequired;

    public void act(CaseFile c, EscalationAction action, String origin, String stepId, Instant now,
                     Instant dueAt) {
        switch (action.kind()) {
            case NOTIFY -> engine.notifyRole(c, Role.fromSecurityName(action.argument()), "CASE_ESCALATION", true);
            case REMIND_OWNER -> ownersOf(c, stepId)
                    .forEach(role -> engine.notifyRole(c, role, "CASE_STEP_OVERDUE", false));
            case REFERRAL -> {
                engine.record(c, EventKind.REFERRAL, null, SYSTEM, action.argument(), origin, false, false, now);
                referralRequired.fire(new ReferralRequired(c.id(), c.schoolId(), action.argument(), origin, dueAt));
            }
            case REQUIRE_DECISION -> engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_DECISION_REQUIRED", true);
            case SHOW_HELP_LINES -> {
                // Shown on the case page while the escalation stands; nothing to send.
            }
        }
    }

    private List<Role> ownersOf(CaseFile c, String stepId) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        if (stepId != null) {
            return protocol.step(stepId).map(s -> List.of(s.owner())).orElse(List.of(Role.REFERENT));
        }
        return cases.steps(c.id()).stream().filter(s -> s.status() == StepStatus.DUE)
                .map(s -> protocol.step(s.stepId()).map(StepDefinition::owner).orElse(Role.REFERENT))
                .distinct().toList();
    }

    static String describe(List<EscalationAction> actions) {
        return actions.stream().map(EscalationAction::toString).collect(Collectors.joining(", "));
    }
}
