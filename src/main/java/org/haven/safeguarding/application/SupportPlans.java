package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.cases.domain.EventKind;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.safeguarding.domain.SupportAction;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportPlan;
import org.haven.safeguarding.domain.SupportPlanRepository;
import org.haven.safeguarding.domain.SupportStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pupil's support plan: a named trusted adult, the support offered or arranged (school psychologist, nurse,
 * outside services ...), and check-ins, which become follow-up tasks of the case (shown with its follow-ups and
 * reminded when due). Each change is on the timeline and in the audit log.
 */
@ApplicationScoped
public class SupportPlans {

    /** Longest label of a check-in (the case's follow-up label). */
    public static final int LABEL_MAX = 40;

    @Inject
    SupportPlanRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    SchoolCalendars calendars;

    @Inject
    Clock clock;

    @Transactional
    public SupportPlan nameTrustedAdult(long caseId, String adult, String role) {
        CaseRef c = active(caseId);
        List<FieldError> errors = new ArrayList<>();
        String name = Texts.check("trustedAdult", adult, true, Texts.SHORT, errors);
        String what = Texts.check("trustedAdultRole", role, true, Texts.SHORT, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Optional<SupportPlan> named = repository.plan(caseId);
        SupportPlan plan = named.orElseGet(() -> new SupportPlan(caseId));
        plan.name(name, what, actor.require().accountId(), clock.instant());
        if (named.isEmpty()) {
            repository.add(plan);
        }
        cases.record(caseId, EventKind.SUPPORT_PLAN, "trusted adult", name + " (" + what + ")", true, true);
        audit.record(actor.get().did("SUPPORT_TRUSTED_ADULT", "case", caseId, c.schoolId(), null));
        return plan;
    }

    @Transactional
    public SupportAction addSupport(long caseId, SupportKind kind, String provider, SupportStatus status,
                                    String note) {
        CaseRef c = active(caseId);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "support.kind.required"));
        }
        String who = Texts.check("provider", provider, true, Texts.SHORT, errors);
        String text = Texts.check("note", note, false, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        SupportAction a = new SupportAction(caseId, kind, who, status == null ? SupportStatus.OFFERED : status, text,
                actor.require().accountId(), clock.instant());
        repository.add(a);
        cases.record(caseId, EventKind.SUPPORT_PLAN, kind + ": " + a.status(), who, false, false);
        audit.record(actor.get().did("SUPPORT_ADDED", "case", caseId, c.schoolId(), kind + " " + a.status()));
        return a;
    }

    @Transactional
    public SupportAction changeSupport(long caseId, long supportId, SupportStatus status, String note) {
        CaseRef c = active(caseId);
        SupportAction a = repository.support(supportId).filter(s -> s.caseId() == caseId)
                .orElseThrow(() -> Invalid.of("support", "support.notFound"));
        List<FieldError> errors = new ArrayList<>();
        if (status == null) {
            errors.add(new FieldError("status", "support.status.required"));
        }
        String text = Texts.check("note", note, false, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        a.change(status, text, actor.require().accountId(), clock.instant());
        cases.record(caseId, EventKind.SUPPORT_PLAN, a.kind() + ": " + status, a.provider(), false, false);
        audit.record(actor.get().did("SUPPORT_CHANGED", "case", caseId, c.schoolId(), a.kind() + " " + status));
        return a;
    }

    /** Plans a check-in with the pupil: a follow-up task of the case on that day. */
    @Transactional
    public void planCheckIn(long caseId, LocalDate on, String label) {
        CaseRef c = active(caseId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.instant().atZone(calendars.zone()).toLocalDate();
        if (on == null) {
            errors.add(new FieldError("checkInOn", "support.checkIn.date"));
        } else if (on.isBefore(today)) {
            errors.add(new FieldError("checkInOn", "support.checkIn.past"));
        } else if (on.isAfter(today.plusYears(5))) {
            errors.add(new FieldError("checkInOn", "support.checkIn.date"));
        }
        String text = Texts.check("checkInLabel", label, true, LABEL_MAX, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        cases.planCheckIn(caseId, on, text);
        cases.record(caseId, EventKind.SUPPORT_PLAN, "check-in " + on, text, false, true);
        audit.record(actor.get().did("SUPPORT_CHECK_IN_PLANNED", "case", caseId, c.schoolId(), on.toString()));
    }

    @Transactional
    public Optional<SupportPlan> planOf(long caseId) {
        cases.readable(caseId);
        return repository.plan(caseId);
    }

    @Transactional
    public List<SupportAction> supportsOf(long caseId) {
        cases.readable(caseId);
        return repository.supports(caseId);
    }

    private CaseRef active(long caseId) {
        CaseRef c = cases.workable(caseId);
        if (!c.active()) {
            throw Invalid.of("status", "case.closed");
        }
        return c;
    }
}
