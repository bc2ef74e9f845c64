package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.IncidentRules;
import org.haven.cases.domain.StepStatus;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.errors.InvalidInputException.FieldError;
import org.haven.platform.security.CurrentActor;
import org.haven.platform.security.HavenPrincipal;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The protocol work on a case: completing a step with its form, skipping one with a reason, recording the
 * decision an escalation asked for, closing with the protocol's conditions and a summary, follow-up check-ins,
 * reopening. Each action writes its timeline entry and its audit entry in the same transaction.
 */
@ApplicationScoped
public class CaseWork {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseAccess access;

    @Inject
    CaseOpening opening;

    @Inject
    SchoolCalendars calendars;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.haven.insight.application.InsightCounts insight;

    @Inject
    org.haven.training.application.TrainingRequirements training;

    @Transactional
    public void completeStep(long caseId, String stepId, Map<String, String> values, String note) {
        CaseFile c = activeCase(caseId);
        ProtocolDefinition protocol = engine.protocolOf(c);
        StepDefinition step = stepOf(protocol, stepId);
        access.require(access.mayDoStep(c, step.owner()));
        CaseStep row = dueStep(c, stepId);
        requireTraining(protocol, step);
        Map<String, String> cleaned = values == null ? Map.of() : values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
        List<FieldError> errors = new ArrayList<>();
        if (step.form() != null) {
            FormDefinition form = protocol.form(step.form()).orElseThrow();
            Set<String> unknown = cleaned.keySet().stream().filter(k -> form.field(k).isEmpty())
                    .collect(Collectors.toSet());
            unknown.forEach(k -> errors.add(new FieldError(k, "protocol.form.unknown")));
            form.errors(cleaned).forEach(e -> errors.add(new FieldError(e.field(), e.key(), e.argsArray())));
            cleaned.forEach((k, v) -> {
                if (v.length() > IncidentRules.TEXT_MAX) {
                    errors.add(new FieldError(k, "case.text.long", IncidentRules.TEXT_MAX));
                }
            });
        } else if (!cleaned.isEmpty()) {
            errors.add(new FieldError("form", "protocol.form.none"));
        }
        FieldError noteError = IncidentRules.checkText("note", note, step.form() == null);
        if (noteError != null) {
            errors.add(noteError);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        row.complete(me.accountId(), FormValues.toJson(cleaned), blankToNull(note), now);
        insight.stepFinished(c.schoolId(), c.category(), row.dueAt(), now);
        c.enterProtocol(me.accountId(), now).ifPresent(cases::add);
        engine.record(c, StepKinds.eventOf(step.kind()), me.accountId(), me.displayName(), stepId,
                FormValues.withNote(cleaned, blankToNull(note)), step.parentVisible(), step.pupilVisible(), now);
        afterStep(c, now);
        audit.record(actor.get().did("CASE_STEP_COMPLETED", "case", c.id(), c.schoolId(), stepId));
    }

    @Transactional
    public void skipStep(long caseId, String stepId, String reason) {
        CaseFile c = activeCase(caseId);
        ProtocolDefinition protocol = engine.protocolOf(c);
        StepDefinition step = stepOf(protocol, stepId);
        access.require(access.mayDoStep(c, step.owner()));
        CaseStep row = dueStep(c, stepId);
        requireTraining(protocol, step);
        if (!step.skippable()) {
            throw InvalidInputException.of("step", "case.step.notSkippable");
        }
        FieldError error = IncidentRules.checkText("reason", reason, true);
        if (error != null) {
            throw new InvalidInputException(400, List.of(error));
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        row.skip(me.accountId(), reason.strip(), now);
        insight.stepFinished(c.schoolId(), c.category(), row.dueAt(), now);
        c.enterProtocol(me.accountId(), now).ifPresent(cases::add);
        engine.record(c, EventKind.STEP_SKIPPED, me.accountId(), me.displayName(), stepId, reason.strip(),
                false, false, now);
        afterStep(c, now);
        audit.record(actor.get().did("CASE_STEP_SKIPPED", "case", c.id(), c.schoolId(), stepId));
    }

    /** Records the decision an escalation asked for: who was called, when, and the result. */
    @Transactional
    public void recordDecision(long caseId, long escalationId, String decision) {
        CaseFile c = access.load(caseId);
        access.require(access.mayDecide(c));
        CaseEscalation escalation = cases.escalations(c.id()).stream()
                .filter(e -> e.id() == escalationId && e.awaitsDecision()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("escalation", "case.decision.notAwaited"));
        FieldError error = IncidentRules.checkText("decision", decision, true);
        if (error != null) {
            throw new InvalidInputException(400, List.of(error));
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        escalation.decide(me.accountId(), decision.strip(), now);
        engine.record(c, EventKind.DECISION_RECORDED, me.accountId(), me.displayName(), escalation.ruleId(),
                decision.strip(), false, false, now);
        engine.reschedule(c, now);
        audit.record(actor.get().did("CASE_DECISION_RECORDED", "case", c.id(), c.schoolId(), escalation.ruleId()));
    }

    /** What still stops the case from closing: steps the protocol requires, and decisions still awaited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> closingBlockers(CaseFile c) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        Set<String> finished = cases.steps(c.id()).stream().filter(s -> s.status().isFinished())
                .map(CaseStep::stepId).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(protocol.closing().requiredSteps().stream()
                .filter(s -> !finished.contains(s)).toList());
        cases.escalations(c.id()).stream().filter(e -> e.cycle() == c.cycle() && e.awaitsDecision())
                .forEach(e -> missing.add("decision:" + e.ruleId()));
        return missing;
    }

    @Transactional
    public void close(long caseId, String summary) {
        CaseFile c = activeCase(caseId);
        access.require(access.mayClose(c));
        ProtocolDefinition protocol = engine.protocolOf(c);
        List<FieldError> errors = new ArrayList<>();
        List<String> blockers = closingBlockers(c);
        if (!blockers.isEmpty()) {
            errors.add(new FieldError("close", "case.close.blocked", blockers.size()));
        }
        FieldError summaryError = IncidentRules.checkText("summary", summary, protocol.closing().summaryRequired());
        if (summaryError != null) {
            errors.add(summaryError);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        cases.add(c.close(blankToNull(summary), me.accountId(), now));
        LocalDate today = now.atZone(calendars.zone()).toLocalDate();
        for (FollowUp f : protocol.followUp()) {
            cases.add(new CaseFollowUp(c.id(), c.cycle(), f.from(today), f.toString()));
        }
        engine.record(c, EventKind.CLOSED, me.accountId(), me.displayName(), null, blankToNull(summary), true, true,
                now);
        engine.reschedule(c, now);
        audit.record(actor.get().did("CASE_CLOSED", "case", c.id(), c.schoolId(), null));
    }

    /** Harassment recurred: the case opens again with its history, and the protocol's steps are due anew. */
    @Transactional
    public void reopen(long caseId, String reason) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        if (c.status() != CaseStatus.CLOSED) {
            throw InvalidInputException.of("reopen", "case.reopen.notClosed");
        }
        FieldError error = IncidentRules.checkText("reason", reason, true);
        if (error != null) {
            throw new InvalidInputException(400, List.of(error));
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        cases.add(c.reopen(me.accountId(), now));
        ProtocolDefinition protocol = engine.protocolOf(c);
        for (CaseStep step : cases.steps(c.id())) {
            StepDefinition d = protocol.step(step.stepId()).orElse(null);
            if (d != null && d.after().isEmpty()) {
                step.reopen(engine.due(now, d.due()));
                engine.planRung(protocol, step);
            } else {
                step.resetToWaiting();
            }
        }
        engine.record(c, EventKind.REOPENED, me.accountId(), me.displayName(), null, reason.strip(), true, true, now);
        engine.escalate(c, now);
        insight.caseReopened(c.schoolId(), c.category(), now);
        audit.record(actor.get().did("CASE_REOPENED", "case", c.id(), c.schoolId(), null));
    }

    @Transactional
    public void recordFollowUp(long caseId, long followUpId, String note) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        CaseFollowUp followUp = cases.followUps(c.id()).stream()
                .filter(f -> f.id() == followUpId && f.doneAt() == null).findFirst()
                .orElseThrow(() -> InvalidInputException.of("followUp", "case.followUp.notOpen"));
        FieldError error = IncidentRules.checkText("note", note, true);
        if (error != null) {
            throw new InvalidInputException(400, List.of(error));
        }
        Instant now = clock.instant();
        HavenPrincipal me = actor.require();
        followUp.record(me.accountId(), note.strip(), now);
        engine.record(c, EventKind.FOLLOW_UP_DONE, me.accountId(), me.displayName(), followUp.label(), note.strip(),
                false, false, now);
        audit.record(actor.get().did("CASE_FOLLOW_UP_RECORDED", "case", c.id(), c.schoolId(), followUp.label()));
    }

    @Transactional
    public void addParty(long caseId, PartyInput input) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        List<FieldError> errors = new ArrayList<>();
        List<CaseParty> resolved = opening.parties(c.schoolId(), List.of(input), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        for (CaseParty p : resolved) {
            boolean present = cases.parties(c.id()).stream().anyMatch(q -> q.part() == p.part()
                    && (Objects.equals(q.personId(), p.personId()) && p.personId() != null
                    || p.personId() == null && q.displayName().equalsIgnoreCase(p.displayName())));
            if (!present) {
                cases.add(CaseParty.addedLater(c.id(), p.personId(), p.displayName(), p.className(), p.part()));
                audit.record(actor.get().did("CASE_PARTY_ADDED", "case", c.id(), c.schoolId(), p.part().name()));
            }
        }
    }

    /**
     * Training tied to duties: whoever does a step holds the modules its owner role requires, by the protocol and
     * by the district's role requirements; otherwise the step is refused with the missing modules named.
     */
    private void requireTraining(ProtocolDefinition protocol, StepDefinition step) {
        java.util.Set<String> modules = new java.util.LinkedHashSet<>(protocol.trainingFor(step.owner()));
        modules.addAll(training.requiredFor(step.owner()));
        if (!modules.isEmpty()) {
            HavenPrincipal me = actor.require();
            training.requireTrained(me.accountId(), me.displayName(), modules, "step");
        }
    }

    private void afterStep(CaseFile c, Instant now) {
        engine.advance(c, now);
        engine.escalate(c, now);
    }

    private CaseFile activeCase(long caseId) {
        CaseFile c = access.load(caseId);
        if (!c.status().isActive()) {
            throw InvalidInputException.of("status", "case.closed");
        }
        return c;
    }

    private static StepDefinition stepOf(ProtocolDefinition protocol, String stepId) {
        return protocol.step(stepId).orElseThrow(() -> InvalidInputException.of("step", "case.step.unknown"));
    }

    private CaseStep dueStep(CaseFile c, String stepId) {
        CaseStep row = cases.steps(c.id()).stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("step", "case.step.unknown"));
        if (row.status() != StepStatus.DUE) {
            throw InvalidInputException.of("step", row.status() == StepStatus.WAITING ? "case.step.waiting"
                    : "case.step.finished");
        }
        return row;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
