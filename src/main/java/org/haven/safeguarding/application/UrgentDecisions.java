package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.safeguarding.domain.AssessmentRepository;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.UrgentDecision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision an urgent case waits for, recorded in a structured way: who was called (emergency services,
 * parents, health ...), when, and the result. It answers the escalation that asked for it (the case leaves the top
 * of the dashboards once nothing else is awaited), on the timeline and in the audit log.
 */
@ApplicationScoped
public class UrgentDecisions {

    /** A call "at" a time this much in the future is a typing mistake. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public UrgentDecision record(long caseId, long escalationId, Set<CalledParty> called, Instant calledAt,
                                 String result) {
        CaseGate.CaseRef ref = cases.readable(caseId);
        boolean awaited = cases.pendingDecisions(caseId).stream().anyMatch(p -> p.id() == escalationId);
        if (!awaited) {
            throw Invalid.of("escalation", "case.decision.notAwaited");
        }
        List<FieldError> errors = new ArrayList<>();
        if (called == null || called.isEmpty()) {
            errors.add(new FieldError("called", "urgent.called.required"));
        }
        Instant now = clock.instant();
        if (calledAt == null) {
            errors.add(new FieldError("calledAt", "urgent.calledAt.required"));
        } else if (calledAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldError("calledAt", "urgent.calledAt.future"));
        }
        String cleanResult = Texts.check("result", result, true, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String summary = called.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + " @ "
                + calledAt + " — " + cleanResult;
        cases.decide(caseId, escalationId, summary);
        UrgentDecision d = new UrgentDecision(caseId, escalationId, called, calledAt, cleanResult,
                actor.require().accountId(), now);
        repository.add(d);
        audit.record(actor.get().did("URGENT_DECISION_RECORDED", "case", caseId, ref.schoolId(),
                "escalation " + escalationId));
        return d;
    }

    @Transactional
    public List<UrgentDecision> of(long caseId) {
        cases.readable(caseId);
        return repository.decisions(caseId);
    }
}
