package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.insight.application.InsightCounts;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.haven.cases.application.CaseEngine.SYSTEM;

/**
 * A case's escalations: fires the protocol's rules when the case's facts match them, asks for urgent decisions,
 * climbs the overdue ladder of late steps, and carries out their actions (tell a role, remind owners, refer).
 */
@ApplicationScoped
public class CaseEscalations {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseFactSheet factSheet;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReferralRequired> referralRequired;

    @Inject
    InsightCounts insight;

    @Inject
    EscalationActions actions;

    /**
     * Fires the escalation rules that match the case's facts and have not fired in this opening of the case;
     * returns the rules it fired.
     */
    public List<EscalationRule> escalate(CaseFile c, Instant now) {
        List<EscalationRule> firedNow = new java.util.ArrayList<>();
        ProtocolDefinition protocol = engine.protocolOf(c);
        Set<String> facts = factSheet.facts(c, now);
        Set<String> fired = cases.escalations(c.id()).stream().filter(e -> e.cycle() == c.cycle())
                .map(CaseEscalation::ruleId).collect(Collectors.toSet());
        for (EscalationRule rule : protocol.rulesMatching(facts)) {
            if (fired.contains(rule.id())) {
                continue;
            }
            boolean decision = rule.actions().stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION);
            Instant decisionDue = decision && rule.within() != null ? engine.due(now, rule.within()) : null;
            cases.add(new CaseEscalation(c.id(), rule.id(), c.cycle(), now, decisionDue));
            engine.record(c, EventKind.ESCALATION, null, SYSTEM, rule.id(), EscalationActions.describe(rule.actions()), false, false,
                    now);
            for (EscalationAction action : rule.actions()) {
                actions.act(c, action, rule.id(), null, now, rule.within() == null ? null : engine.due(now, rule.within()));
            }
            audit.record(Actor.SYSTEM.did("CASE_ESCALATED", "case", c.id(), c.schoolId(), rule.id()));
            insight.escalated(c.schoolId(), c.category(), now);
            firedNow.add(rule);
        }
        engine.reschedule(c, now);
        return firedNow;
    }

    /**
     * Asks for a decision outside the protocol's own rules (a safeguarding assessment found an urgent risk), once per
     * opening of the case under this rule id: the head of school and the district lead are told at once.
     */
    public Optional<CaseEscalation> requireDecision(CaseFile c, String ruleId, Instant dueAt, Instant now) {
        boolean present = cases.escalations(c.id()).stream()
                .anyMatch(e -> e.cycle() == c.cycle() && e.ruleId().equals(ruleId));
        if (present) {
            return Optional.empty();
        }
        CaseEscalation e = cases.add(new CaseEscalation(c.id(), ruleId, c.cycle(), now, dueAt));
        engine.record(c, EventKind.ESCALATION, null, SYSTEM, ruleId, "require_decision", false, false, now);
        engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_DECISION_REQUIRED", true);
        engine.notifyRole(c, Role.DISTRICT_LEAD, "CASE_DECISION_REQUIRED", true);
        audit.record(Actor.SYSTEM.did("CASE_ESCALATED", "case", c.id(), c.schoolId(), ruleId));
        insight.escalated(c.schoolId(), c.category(), now);
        engine.reschedule(c, now);
        return Optional.of(e);
    }

    /**
     * The time the protocol gives to decide on an urgent risk: the shortest "within" of its rules that require a
     * decision when the risk level alone is high or immediate; one hour when it has none.
     */
    public Instant urgentDecisionDue(CaseFile c, Instant now) {
        return engine.protocolOf(c).rulesMatching(Set.of("risk_level.high", "risk_level.immediate")).stream()
                .filter(r -> r.within() != null
                        && r.actions().stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION))
                .map(r -> engine.due(now, r.within())).min(Comparator.naturalOrder())
                .orElse(now.plus(java.time.Duration.ofHours(1)));
    }

    /** Climbs the overdue ladder of a late step: each rung fires once, when its delay after the due date passed. */
    public void climbOverdue(CaseFile c, CaseStep step, Instant now) {
        List<OverdueRule> ladder = engine.protocolOf(c).overdue();
        while (step.overdueRungs() < ladder.size()) {
            OverdueRule rung = ladder.get(step.overdueRungs());
            if (engine.due(step.dueAt(), rung.after()).isAfter(now)) {
                break;
            }
            int climbed = step.overdueRungs() + 1;
            step.climbOverdueRung(climbed < ladder.size()
                    ? engine.due(step.dueAt(), ladder.get(climbed).after()) : null);
            engine.record(c, EventKind.STEP_OVERDUE, null, SYSTEM, step.stepId(), EscalationActions.describe(rung.actions()), false,
                    false, now);
            for (EscalationAction action : rung.actions()) {
                actions.act(c, action, "overdue:" + step.stepId(), step.stepId(), now, null);
            }
            audit.record(Actor.SYSTEM.did("CASE_STEP_OVERDUE", "case", c.id(), c.schoolId(),
                    step.stepId() + " rung " + step.overdueRungs()));
        }
    }
}
