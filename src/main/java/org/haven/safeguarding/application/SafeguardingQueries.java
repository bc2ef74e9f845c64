package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseFacts;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.platform.errors.NotFound;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.LocalizedText;
import org.haven.safeguarding.application.SafeguardingViews.Assessment;
import org.haven.safeguarding.application.SafeguardingViews.Body;
import org.haven.safeguarding.application.SafeguardingViews.Decision;
import org.haven.safeguarding.application.SafeguardingViews.Document;
import org.haven.safeguarding.application.SafeguardingViews.Overview;
import org.haven.safeguarding.application.SafeguardingViews.Party;
import org.haven.safeguarding.application.SafeguardingViews.Pending;
import org.haven.safeguarding.application.SafeguardingViews.ReferralDetail;
import org.haven.safeguarding.application.SafeguardingViews.ReferralRow;
import org.haven.safeguarding.application.SafeguardingViews.Support;
import org.haven.safeguarding.application.SafeguardingViews.Transition;
import org.haven.safeguarding.domain.ConsentDecision;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.RiskAssessment;
import org.haven.safeguarding.domain.SupportPlan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the safeguarding of a case for pages and the API, in the reader's scope; each read is audited. */
@ApplicationScoped
public class SafeguardingQueries {

    @Inject
    CaseGate cases;

    @Inject
    RiskAssessments assessments;

    @Inject
    UrgentDecisions decisions;

    @Inject
    Referrals referrals;

    @Inject
    ReferralReads reads;

    @Inject
    SupportPlans support;

    @Inject
    OutsideBodies bodies;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Overview overview(long caseId) {
        CaseRef c = reader(caseId);
        CaseFacts facts = cases.facts(caseId);
        Instant now = clock.instant();
        List<Assessment> history = assessments.history(caseId).stream().map(SafeguardingQueries::assessment)
                .toList();
        Map<String, LocalizedText> titles = cases.ruleTitles(caseId);
        List<Pending> pending = cases.pendingDecisions(caseId).stream().map(p -> new Pending(p.id(), p.ruleId(),
                titles.get(p.ruleId()), p.dueAt(), p.dueAt() != null && p.dueAt().isBefore(now))).toList();
        Map<Long, String> names = facts.parties().stream()
                .collect(Collectors.toMap(CaseGate.PartyView::id, CaseGate.PartyView::name));
        List<ReferralRow> rows = reads.of(caseId).stream().map(r -> new ReferralRow(r.id(), r.kind(),
                r.status(), bodies.recipientName(r), r.partyId() == null ? null : names.get(r.partyId()),
                r.dueAt(), r.isOverdue(now), r.ruleId(), r.updatedAt())).toList();
        Optional<SupportPlan> plan = support.planOf(caseId);
        boolean mayDecide = c.works() || cases.holds(caseId, Role.DISTRICT_LEAD);
        audit.record(actor.get().did("SAFEGUARDING_VIEWED", "case", caseId, c.schoolId(), null));
        return new Overview(caseId, c.works(), mayDecide, c.active(), facts.riskLevel(),
                history.isEmpty() ? null : history.get(0), history, pending,
                decisions.of(caseId).stream().map(d -> new Decision(d.id(), d.escalationId(), d.called(),
                        d.calledAt(), d.result(), d.decidedAt())).toList(),
                rows, plan.map(SupportPlan::trustedAdult).orElse(null),
                plan.map(SupportPlan::trustedAdultRole).orElse(null),
                support.supportsOf(caseId).stream().map(a -> new Support(a.id(), a.kind(), a.provider(), a.status(),
                        a.note())).toList(), parties(facts), facts.riskTags());
    }

    @Transactional
    public ReferralDetail referral(long referralId) {
        long caseId = reads.caseOf(referralId);
        CaseRef c = reader(caseId);
        Referral r = reads.get(referralId);
        CaseFacts facts = cases.facts(r.caseId());
        ConsentDecision consent = c.works() ? referrals.consentFor(referralId) : ConsentDecision.refused();
        Map<Long, String> names = facts.parties().stream()
                .collect(Collectors.toMap(CaseGate.PartyView::id, CaseGate.PartyView::name));
        Instant now = clock.instant();
        List<Body> sameKind = bodies.active().stream().filter(b -> b.kind() == r.kind()).map(SafeguardingQueries::body)
                .toList();
        return new ReferralDetail(r.id(), r.caseId(), facts.number(), r.kind(), r.status(),
                r.status().next().stream().filter(s -> s != ReferralStatus.SENT).sorted().toList(), r.partyId(),
                r.partyId() == null ? null : names.get(r.partyId()), r.bodyId(),
                bodies.of(r).map(SafeguardingQueries::body).orElse(null), r.recipient(), r.reason(), r.shared(),
                r.externalRef(), r.closingNote(), r.dueAt(), r.isOverdue(now), r.ruleId(),
                r.ruleId() == null ? null : cases.ruleTitles(r.caseId()).get(r.ruleId()), r.createdAt(),
                reads.transitions(referralId).stream().map(t -> new Transition(t.from(), t.to(), t.note(),
                        t.at())).toList(),
                reads.documents(referralId).stream().map(d -> new Document(d.id(), d.fileName(), d.sha256(),
                        d.size(), d.createdAt())).toList(),
                consent.allowed(), consent.basis(), r.disclosureId(), c.works(), parties(facts), sameKind);
    }

    /** The active bodies a referral can be drafted to. */
    @Transactional
    public List<Body> activeBodies() {
        return bodies.active().stream().map(SafeguardingQueries::body).toList();
    }

    /** Every body of the directory (for the admin page), active first. */
    @Transactional
    public List<Body> directory() {
        return bodies.all().stream().map(SafeguardingQueries::body).toList();
    }

    /**
     * The case, if the signed-in account may see its safeguarding: those who work it (referents, head) and the
     * district lead of an escalated case; a colleague who only filed the incident does not (404, as elsewhere).
     */
    private CaseRef reader(long caseId) {
        CaseRef c = cases.readable(caseId);
        if (!c.works() && !cases.holds(caseId, Role.DISTRICT_LEAD)) {
            throw NotFound.of("id", "case.notFound");
        }
        return c;
    }

    static Body body(OutsideBody b) {
        return new Body(b.id(), b.kind(), b.name(), b.phone(), b.email(), b.address(), b.takes(), b.responseDays(),
                b.active());
    }

    private static List<Party> parties(CaseFacts facts) {
        return facts.parties().stream().map(p -> new Party(p.id(), p.name(), p.part())).toList();
    }

    private static Assessment assessment(RiskAssessment a) {
        return new Assessment(a.id(), a.level(), a.reasons(), a.answers(), a.note(), a.assessedAt(),
                a.loweredFrom(), a.loweringReason());
    }
}
