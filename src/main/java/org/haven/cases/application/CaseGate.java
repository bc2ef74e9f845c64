package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RiskLevel;
import org.haven.cases.domain.StepStatus;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * How other features (safeguarding, the parent portal, the evidence vault) reach a case: through the same record
 * scope as the case pages (404 outside it, audited), and by writing entries on its timeline. They never touch the
 * case's tables.
 */
@ApplicationScoped
public class CaseGate {

    /**
     * What another feature may know of a case it was allowed to reach. Its parties are read on first use only:
     * most callers (a panel of the case page checking access) never look at them, and the case page asks for a
     * reference about ten times per view (issue 15).
     */
    public record CaseRef(long id, String number, long schoolId, boolean active, boolean works,
                          Supplier<List<PartyRef>> partySource) {

        public CaseRef {
            Supplier<List<PartyRef>> source = partySource;
            AtomicReference<List<PartyRef>> read = new AtomicReference<>();
            partySource = () -> read.updateAndGet(known -> known != null ? known : List.copyOf(source.get()));
        }

        /** The case's parties, read once, when first asked for. */
        public List<PartyRef> parties() {
            return partySource.get();
        }

        public Optional<PartyRef> party(long partyId) {
            return parties().stream().filter(p -> p.id() == partyId).findFirst();
        }
    }

    public record PartyRef(long id, Long personId, String name, PartyRole part) {
    }

    /** The facts of a case, for a feature that builds on them (risk assessment, referral documents). */
    public record CaseFacts(long id, String number, long schoolId, String schoolName, String category,
                            String description, LocalDate occurredOn, String place, Set<String> platforms,
                            Set<String> riskTags, RiskLevel riskLevel, Instant openedAt, List<PartyView> parties) {
    }

    public record PartyView(long id, Long personId, String name, String className, PartyRole part) {
    }

    /** A decision an escalation asks for and nobody recorded yet. */
    public record PendingDecision(long id, String ruleId, Instant firedAt, Instant dueAt) {
    }

    /** What re-assessing the risk did: the level before and after, the rules that fired, the decision asked. */
    public record Assessed(RiskLevel before, RiskLevel after, List<EscalationRule> fired) {
    }

    /** A roster pupil's part in a case, with what a family may know of the case itself (no facts, no names). */
    public record PupilCase(long caseId, String number, long schoolId, CaseStatus status, Instant openedAt,
                            Instant closedAt, long partyId, long personId, PartyRole part) {
    }

    /** A timeline entry the protocol marks visible to parents: when, what kind, which step; never its detail. */
    public record ParentEntry(long eventId, Instant at, EventKind kind, String stepTitle) {
    }

    /** A step visible to parents that is due now, with its deadline. */
    public record ParentStep(String stepId, String title, Instant dueAt) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    CaseWork work;

    @Inject
    org.haven.directory.application.SchoolAdministration schools;

    /** The case, if the signed-in account may read it; 404 otherwise (audited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRef readable(long caseId) {
        return ref(access.load(caseId));
    }

    /** The case, if the signed-in account works it (a referent or the head of its school); 404 or 403 otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRef workable(long caseId) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        return ref(c);
    }

    /** Whether the signed-in account holds this role in the case's school (district roles: anywhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(long caseId, Role role) {
        return access.holds(access.load(caseId), role);
    }

    /** Writes an entry on the case's timeline, as the signed-in account, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long caseId, EventKind kind, String subject, String detail, boolean parentVisible,
                       boolean pupilVisible) {
        CaseFile c = cases.byId(caseId).orElseThrow();
        HavenPrincipal me = actor.require();
        engine.record(c, kind, me.accountId(), me.displayName(), subject, detail, parentVisible, pupilVisible,
                clock.instant());
    }

    /** Writes an entry on the case's timeline as Haven itself (deadline sweeps), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAsSystem(long caseId, EventKind kind, String subject, String detail) {
        CaseFile c = cases.byId(caseId).orElseThrow();
        engine.record(c, kind, null, CaseEngine.SYSTEM, subject, detail, false, false, clock.instant());
    }

    /** The case's facts, if the signed-in account may read it; 404 otherwise (audited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFacts facts(long caseId) {
        CaseFile c = access.load(caseId);
        return new CaseFacts(c.id(), c.number(), c.schoolId(),
                schools.byId(c.schoolId()).map(org.haven.directory.application.SchoolView::name).orElse(""),
                c.category(), c.description(), c.occurredOn(), c.place(), c.platforms(), c.riskTags(), c.riskLevel(),
                c.openedAt(), cases.parties(c.id()).stream().map(p -> new PartyView(p.id(), p.personId(),
                        p.displayName(), p.className(), p.part())).toList());
    }

    /**
     * Sets the risk level and danger answers a safeguarding assessment gave (the account must work the case), then
     * re-runs the protocol's escalation rules and re-sorts the case on the dashboards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessed assessRisk(long caseId, RiskLevel level, Set<String> dangerTags) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        if (!c.status().isActive()) {
            throw Invalid.of("status", "case.closed");
        }
        RiskLevel before = c.riskLevel();
        Set<String> allDanger = java.util.Arrays.stream(org.haven.harm.domain.Risk.Tag.values())
                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        c.assessRisk(level, dangerTags, allDanger);
        List<EscalationRule> fired = escalations.escalate(c, clock.instant());
        return new Assessed(before, level, fired);
    }

    /**
     * Asks for a recorded decision on an urgent risk, within the protocol's time for one, unless a decision is
     * already awaited in this opening of the case; the head and the district lead are told at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PendingDecision> requireUrgentDecision(long caseId, String ruleId) {
        CaseFile c = access.load(caseId);
        boolean awaited = cases.escalations(c.id()).stream()
                .anyMatch(e -> e.cycle() == c.cycle() && e.awaitsDecision());
        if (awaited) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return escalations.requireDecision(c, ruleId, escalations.urgentDecisionDue(c, now), now)
                .map(e -> new PendingDecision(e.id(), e.ruleId(), e.firedAt(), e.decisionDueAt()));
    }

    /** The titles of the escalation rules of the case's pinned protocol, by rule id (rules without one left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<String, org.haven.protocol.domain.LocalizedText> ruleTitles(long caseId) {
        return engine.protocolOf(access.load(caseId)).escalations().stream().filter(r -> r.title() != null)
                .collect(java.util.stream.Collectors.toMap(EscalationRule::id, EscalationRule::title));
    }

    /** The decisions the case's escalations ask for in this opening and nobody recorded yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PendingDecision> pendingDecisions(long caseId) {
        CaseFile c = access.load(caseId);
        return cases.escalations(c.id()).stream().filter(e -> e.cycle() == c.cycle() && e.awaitsDecision())
                .map(e -> new PendingDecision(e.id(), e.ruleId(), e.firedAt(), e.decisionDueAt())).toList();
    }

    /** Records the decision an escalation asked for (as CaseWork.recordDecision: timeline, audit, dashboard). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(long caseId, long escalationId, String decision) {
        work.recordDecision(caseId, escalationId, decision);
    }

    /** Tells the holders of a role for the case's school (district roles: the district); no signed-in account needed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyRole(long caseId, Role role, String kind, boolean urgent) {
        engine.notifyRole(cases.byId(caseId).orElseThrow(), role, kind, urgent);
    }

    /** Plans a check-in with the pupil as a follow-up task of the case (reminded by the sweep when it falls due). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planCheckIn(long caseId, LocalDate dueOn, String label) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        cases.add(new org.haven.cases.domain.CaseFollowUp(c.id(), c.cycle(), dueOn, label));
    }

    /**
     * The cases where these roster people are parties, for the parent portal, which has already established (from
     * the signed-in parent's guardianship links, never from a parameter) that it may ask about them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PupilCase> casesOfPupils(Collection<Long> personIds) {
        List<PupilCase> found = new ArrayList<>();
        for (CaseParty p : cases.partiesOfPeople(personIds)) {
            cases.byId(p.caseId()).ifPresent(c -> found.add(new PupilCase(c.id(), c.number(), c.schoolId(),
                    c.status(), c.openedAt(), c.closedAt(), p.id(), p.personId(), p.part())));
        }
        return found;
    }

    /** The roster pupils of a case with their parts (for telling their parents); the system's own use. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PupilCase> pupilsOf(long caseId) {
        return cases.byId(caseId).map(c -> cases.parties(caseId).stream().filter(p -> p.personId() != null)
                .map(p -> new PupilCase(c.id(), c.number(), c.schoolId(), c.status(), c.openedAt(), c.closedAt(),
                        p.id(), p.personId(), p.part())).toList()).orElse(List.of());
    }

    /** The parent-visible entries of a case's timeline, oldest first, step titles in the reader's language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParentEntry> parentEntries(long caseId, Locale locale) {
        CaseFile c = cases.byId(caseId).orElseThrow(CaseAccess::notFound);
        ProtocolDefinition protocol = engine.protocolOf(c);
        return cases.events(caseId, List.of()).stream().filter(CaseEvent::parentVisible)
                .map(e -> new ParentEntry(e.id(), e.at(), e.kind(), e.subject() == null ? null
                        : protocol.step(e.subject()).map(d -> d.title().in(locale)).orElse(null))).toList();
    }

    /** The due steps of a case that the protocol marks visible to parents (meetings with them, protection ...). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParentStep> parentSteps(long caseId, Locale locale) {
        CaseFile c = cases.byId(caseId).orElseThrow(CaseAccess::notFound);
        if (!c.status().isActive()) {
            return List.of();
        }
        ProtocolDefinition protocol = engine.protocolOf(c);
        return cases.steps(caseId).stream().filter(s -> s.status() == StepStatus.DUE)
                .flatMap(s -> protocol.step(s.stepId()).filter(StepDefinition::parentVisible)
                        .map(d -> new ParentStep(d.id(), d.title().in(locale), s.dueAt())).stream())
                .sorted(java.util.Comparator.comparing(ParentStep::dueAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private CaseRef ref(CaseFile c) {
        long caseId = c.id();
        return new CaseRef(caseId, c.number(), c.schoolId(), c.status().isActive(), access.works(c),
                () -> cases.parties(caseId).stream().map(p -> new PartyRef(p.id(), p.personId(), p.displayName(),
                        p.part())).toList());
    }
}
