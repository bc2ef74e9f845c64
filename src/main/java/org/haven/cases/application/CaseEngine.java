package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.RiskLevel;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.platform.security.Role;
import org.haven.notify.application.Notifications;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.DeadlineCalculator;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.SchoolCalendar;
import org.haven.protocol.domain.StepDefinition;
import org.haven.reporting.application.ReportHandover;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a case through its pinned protocol: makes steps due when their dependencies are finished, computes their
 * deadlines on the school calendar, fires escalation rules when the case's facts match them, climbs the overdue
 * ladder, and keeps the case's place on the dashboards. Always inside the caller's transaction.
 */
@ApplicationScoped
public class CaseEngine {

    /** The name stored on timeline entries written by Haven itself. */
    public static final String SYSTEM = "@system";

    @Inject
    CaseRepository cases;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    SchoolCalendars calendars;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    ReportHandover reports;

    @Inject
    AuditLog audit;

    @Inject
    org.haven.evidence.application.EvidenceIntake evidence;

    @Inject
    jakarta.enterprise.event.Event<ReferralRequired> referralRequired;

    @Inject
    jakarta.enterprise.event.Event<CaseEventRecorded> recorded;

    @Inject
    org.haven.insight.application.InsightCounts insight;

    public ProtocolDefinition protocolOf(CaseFile c) {
        return protocols.pinned(c.protocolId(), c.protocolVersion());
    }

    /** Creates a row for every step of the protocol and makes the first ones due. */
    public void start(CaseFile c, Instant now) {
        for (StepDefinition step : protocolOf(c).steps()) {
            cases.add(new CaseStep(c.id(), step.id()));
        }
        advance(c, now, false);
    }

    /** Makes due the waiting steps whose dependencies are all finished, and tells their owners. */
    public void advance(CaseFile c, Instant now) {
        advance(c, now, true);
    }

    /** As above; on opening (tellOwners false) the case's opening notification already told them. */
    private void advance(CaseFile c, Instant now, boolean tellOwners) {
        ProtocolDefinition protocol = protocolOf(c);
        Set<Role> owners = new java.util.LinkedHashSet<>();
        List<CaseStep> steps = cases.steps(c.id());
        Set<String> finished = steps.stream().filter(s -> s.status().isFinished()).map(CaseStep::stepId)
                .collect(Collectors.toSet());
        SchoolCalendar calendar = calendars.current();
        for (CaseStep step : steps) {
            if (step.status() != StepStatus.WAITING) {
                continue;
            }
            protocol.step(step.stepId()).filter(d -> finished.containsAll(d.after())).ifPresent(d -> {
                step.becomeDue(DeadlineCalculator.due(now, d.due(), calendar, calendars.zone()));
                planRung(protocol, step);
                owners.add(d.owner());
            });
        }
        if (tellOwners) {
            owners.forEach(role -> notifyRole(c, role, "CASE_STEP_DUE", false));
        }
    }

    /** Plans when a due step climbs the next rung of the overdue ladder. */
    public void planRung(ProtocolDefinition protocol, CaseStep step) {
        List<OverdueRule> ladder = protocol.overdue();
        Instant next = step.overdueRungs() < ladder.size()
                ? due(step.dueAt(), ladder.get(step.overdueRungs()).after()) : null;
        if (step.overdueRungs() == 0) {
            step.planFirstRung(next);
        }
    }

    /** Puts the case at its place on the dashboards: urgent, overdue, by due date, closed. */
    public void reschedule(CaseFile c, Instant now) {
        Instant earliest = cases.steps(c.id()).stream().filter(s -> s.status() == StepStatus.DUE)
                .map(CaseStep::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        boolean pendingDecision = cases.escalations(c.id()).stream()
                .anyMatch(e -> e.cycle() == c.cycle() && e.awaitsDecision());
        c.schedule(earliest, pendingDecision, now);
    }

    /** The facts the protocol's conditions are written on (see Facts for the vocabulary). */
    public Set<String> facts(CaseFile c, Instant now) {
        Set<String> facts = new java.util.TreeSet<>();
        c.riskTags().forEach(tag -> facts.add(CaseFacts.fromTag(tag)));
        facts.add("category." + c.category().toLowerCase(java.util.Locale.ROOT));
        if (c.riskLevel() == RiskLevel.HIGH) {
            facts.add("risk_level.high");
        }
        if (c.riskLevel() == RiskLevel.IMMEDIATE) {
            facts.add("risk_level.immediate");
            facts.add("risk_level.high");
        }
        if (c.cycle() > 0) {
            facts.add("case.reopened");
        }
        if (c.reportId() != null) {
            reports.facts(c.reportId(), Set.of(c.schoolId())).ifPresent(r -> {
                if (r.evidenceFiles() > 0) {
                    facts.add("evidence.file");
                }
                if (r.links() > 0) {
                    facts.add("evidence.link");
                }
            });
        }
        if (evidence.count(CaseEvidenceScope.owner(c)) > 0) {
            facts.add("evidence.file");
        }
        if (CaseFacts.imagesAtStake(c) && (facts.contains("evidence.file") || facts.contains("evidence.link"))) {
            facts.add("evidence.intimate_images");
        }
        for (CaseStep s : cases.steps(c.id())) {
            if (s.isOverdue(now)) {
                facts.add("overdue.any");
                facts.add("overdue." + s.stepId());
            }
        }
        return facts;
    }

    /**
     * Fires the escalation rules that match the case's facts and have not fired in this opening of the case;
     * returns the rules it fired.
     */
    public List<EscalationRule> escalate(CaseFile c, Instant now) {
        List<EscalationRule> firedNow = new java.util.ArrayList<>();
        ProtocolDefinition protocol = protocolOf(c);
        Set<String> facts = facts(c, now);
        Set<String> fired = cases.escalations(c.id()).stream().filter(e -> e.cycle() == c.cycle())
                .map(CaseEscalation::ruleId).collect(Collectors.toSet());
        for (EscalationRule rule : protocol.rulesMatching(facts)) {
            if (fired.contains(rule.id())) {
                continue;
            }
            boolean decision = rule.actions().stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION);
            Instant decisionDue = decision && rule.within() != null ? due(now, rule.within()) : null;
            cases.add(new CaseEscalation(c.id(), rule.id(), c.cycle(), now, decisionDue));
            record(c, EventKind.ESCALATION, null, SYSTEM, rule.id(), describe(rule.actions()), false, false, now);
            for (EscalationAction action : rule.actions()) {
                act(c, action, rule.id(), null, now, rule.within() == null ? null : due(now, rule.within()));
            }
            audit.record(Actor.SYSTEM.did("CASE_ESCALATED", "case", c.id(), c.schoolId(), rule.id()));
            insight.escalated(c.schoolId(), c.category(), now);
            firedNow.add(rule);
        }
        reschedule(c, now);
        return firedNow;
    }

    /**
     * Asks for a decision outside the protocol's own rules (a safeguarding assessment found an urgent risk), once per
     * opening of the case under this rule id: the head of school and the district lead are told at once.
     */
    public java.util.Optional<CaseEscalation> requireDecision(CaseFile c, String ruleId, Instant dueAt, Instant now) {
        boolean present = cases.escalations(c.id()).stream()
                .anyMatch(e -> e.cycle() == c.cycle() && e.ruleId().equals(ruleId));
        if (present) {
            return java.util.Optional.empty();
        }
        CaseEscalation e = cases.add(new CaseEscalation(c.id(), ruleId, c.cycle(), now, dueAt));
        record(c, EventKind.ESCALATION, null, SYSTEM, ruleId, "require_decision", false, false, now);
        notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_DECISION_REQUIRED", true);
        notifyRole(c, Role.DISTRICT_LEAD, "CASE_DECISION_REQUIRED", true);
        audit.record(Actor.SYSTEM.did("CASE_ESCALATED", "case", c.id(), c.schoolId(), ruleId));
        insight.escalated(c.schoolId(), c.category(), now);
        reschedule(c, now);
        return java.util.Optional.of(e);
    }

    /**
     * The time the protocol gives to decide on an urgent risk: the shortest "within" of its rules that require a
     * decision when the risk level alone is high or immediate; one hour when it has none.
     */
    public Instant urgentDecisionDue(CaseFile c, Instant now) {
        return protocolOf(c).rulesMatching(Set.of("risk_level.high", "risk_level.immediate")).stream()
                .filter(r -> r.within() != null
                        && r.actions().stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION))
                .map(r -> due(now, r.within())).min(Comparator.naturalOrder())
                .orElse(now.plus(java.time.Duration.ofHours(1)));
    }

    /** Climbs the overdue ladder of a late step: each rung fires once, when its delay after the due date passed. */
    public void climbOverdue(CaseFile c, CaseStep step, Instant now) {
        List<OverdueRule> ladder = protocolOf(c).overdue();
        while (step.overdueRungs() < ladder.size()) {
            OverdueRule rung = ladder.get(step.overdueRungs());
            if (due(step.dueAt(), rung.after()).isAfter(now)) {
                break;
            }
            int climbed = step.overdueRungs() + 1;
            step.climbOverdueRung(climbed < ladder.size() ? due(step.dueAt(), ladder.get(climbed).after()) : null);
            record(c, EventKind.STEP_OVERDUE, null, SYSTEM, step.stepId(), describe(rung.actions()), false, false,
                    now);
            for (EscalationAction action : rung.actions()) {
                act(c, action, "overdue:" + step.stepId(), step.stepId(), now, null);
            }
            audit.record(Actor.SYSTEM.did("CASE_STEP_OVERDUE", "case", c.id(), c.schoolId(),
                    step.stepId() + " rung " + step.overdueRungs()));
        }
    }

    /** Appends an entry to the case's timeline. */
    public CaseEvent record(CaseFile c, EventKind kind, Long actorId, String actorName, String subject, String detail,
                            boolean parentVisible, boolean pupilVisible, Instant at) {
        CaseEvent event = cases.add(new CaseEvent(c.id(), at, kind, actorId, actorName, subject, detail,
                parentVisible, pupilVisible));
        if (parentVisible) {
            recorded.fire(new CaseEventRecorded(c.id(), event.id(), kind));
        }
        return event;
    }

    public Instant due(Instant start, Deadline deadline) {
        return DeadlineCalculator.due(start, deadline, calendars.current(), calendars.zone());
    }

    /** Tells the people who hold a role for the case's school (or, for district roles, the district). */
    public void notifyRole(CaseFile c, Role role, String kind, boolean urgent) {
        List<Long> accounts = role.isSchoolScoped()
                ? schools.accountsWithRole(c.schoolId(), List.of(role))
                : schools.accountsWithDistrictRole(List.of(role));
        notifications.notify(accounts, kind, "case", c.id(), urgent);
        if (role == Role.DISTRICT_LEAD) {
            c.escalate();
        }
    }

    private void act(CaseFile c, EscalationAction action, String origin, String stepId, Instant now,
                     Instant dueAt) {
        switch (action.kind()) {
            case NOTIFY -> notifyRole(c, Role.fromSecurityName(action.argument()), "CASE_ESCALATION", true);
            case REMIND_OWNER -> ownersOf(c, stepId).forEach(role -> notifyRole(c, role, "CASE_STEP_OVERDUE", false));
            case REFERRAL -> {
                record(c, EventKind.REFERRAL, null, SYSTEM, action.argument(), origin, false, false, now);
                referralRequired.fire(new ReferralRequired(c.id(), c.schoolId(), action.argument(), origin, dueAt));
            }
            case REQUIRE_DECISION -> notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_DECISION_REQUIRED", true);
            case SHOW_HELP_LINES -> {
                // Shown on the case page while the escalation stands; nothing to send.
            }
        }
    }

    private List<Role> ownersOf(CaseFile c, String stepId) {
        ProtocolDefinition protocol = protocolOf(c);
        if (stepId != null) {
            return protocol.step(stepId).map(s -> List.of(s.owner())).orElse(List.of(Role.REFERENT));
        }
        return cases.steps(c.id()).stream().filter(s -> s.status() == StepStatus.DUE)
                .map(s -> protocol.step(s.stepId()).map(StepDefinition::owner).orElse(Role.REFERENT))
                .distinct().toList();
    }

    private static String describe(List<EscalationAction> actions) {
        return actions.stream().map(EscalationAction::toString).collect(Collectors.joining(", "));
    }
}
