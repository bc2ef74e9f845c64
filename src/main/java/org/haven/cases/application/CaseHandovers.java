package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseHandover;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceJoining;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A pupil changes school (issue 20). Within the district the head of the old school hands the case over: it keeps
 * its number, pinned protocol, steps, timeline and evidence and goes to the new school, whose referents and head are
 * told; the old school keeps only a read-only record of its part, written now. Out of the district, the head
 * writes a handover letter (PDF) instead and the case stays. Consents are recorded as given; every step is audited.
 */
@ApplicationScoped
public class CaseHandovers {

    /** What the head writes; {@code schoolCode} for the district, {@code destination} for a letter. */
    public record Form(String schoolCode, String destination, String reason, String summary, Boolean pupilConsent,
                       Boolean parentConsent) {
    }

    /** A handover as the old school reads it; {@code record} only in the single view. */
    public record View(long id, long caseId, String caseNumber, String fromSchool, String toSchool,
                       String destination, String reason, String summary, boolean pupilConsent,
                       boolean parentConsent, String handedBy, Instant handedAt, String record) {
    }

    /** A letter: its file name and bytes. */
    public record Letter(String fileName, byte[] pdf) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    EvidenceJoining evidence;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    HandoverRecords records;

    @Inject
    Event<CaseHandedOver> handedOver;

    @Transactional
    public View handOver(long caseId, Form form) {
        CaseFile c = access.load(caseId);
        access.require(access.holds(c, Role.HEAD_OF_SCHOOL));
        List<FieldError> errors = HandoverChecks.errors(form);
        SchoolView to = null;
        String code = form == null || form.schoolCode() == null ? "" : form.schoolCode().strip();
        if (code.isEmpty()) {
            errors.add(new FieldError("schoolCode", "handover.school.required"));
        } else {
            to = schools.byCode(code).filter(SchoolView::active).orElse(null);
            if (to == null) {
                errors.add(new FieldError("schoolCode", "handover.school.unknown"));
            } else if (to.id() == c.schoolId()) {
                errors.add(new FieldError("schoolCode", "handover.school.same"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        HavenPrincipal me = actor.require();
        Instant now = clock.instant();
        long from = c.schoolId();
        String fromName = schools.byId(from).map(SchoolView::name).orElse("");
        CaseHandover h = cases.add(new CaseHandover(c, to.id(), null, form.reason().strip(), form.summary().strip(),
                form.pupilConsent(), form.parentConsent(), me.accountId(), me.displayName(), now,
                records.writtenNow(c, locale(me))));
        engine.record(c, EventKind.HANDED_OVER, me.accountId(), me.displayName(), fromName + " → " + to.name(),
                h.reason() + "\n" + h.summary(), false, false, now);
        c.handOver(to.id());
        for (CaseStep step : cases.steps(c.id())) {
            step.followCase(to.id());
        }
        handedOver.fire(new CaseHandedOver(c.id(), to.id()));
        int files = evidence.transferred(new EvidenceOwner(EvidenceOwner.Kind.CASE, c.id(), to.id()), to.id());
        engine.notifyRole(c, Role.REFERENT, "CASE_HANDED_OVER", c.riskLevel().isUrgent());
        engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_HANDED_OVER", c.riskLevel().isUrgent());
        String consents = "pupil consent " + h.pupilConsent() + ", parents' consent " + h.parentConsent();
        audit.record(actor.get().did("CASE_HANDED_OVER", "case", c.id(), from,
                c.number() + " to school " + to.id() + ", " + files + " file(s), " + consents));
        audit.record(actor.get().did("CASE_RECEIVED_BY_HANDOVER", "case", c.id(), to.id(), c.number()));
        return records.view(h, false);
    }

    /** Out of the district: the letter the head sends the new school, with the same record as a handover. */
    @Transactional
    public Letter letter(long caseId, Form form, Locale locale) {
        CaseFile c = access.load(caseId);
        access.require(access.holds(c, Role.HEAD_OF_SCHOOL));
        List<FieldError> errors = HandoverChecks.errors(form);
        String destination = form == null || form.destination() == null ? "" : form.destination().strip();
        if (destination.isEmpty() || destination.length() > CaseHandover.DESTINATION_MAX) {
            errors.add(new FieldError("destination", "handover.destination.required", CaseHandover.DESTINATION_MAX));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        HavenPrincipal me = actor.require();
        Instant now = clock.instant();
        CaseHandover h = cases.add(new CaseHandover(c, null, destination, form.reason().strip(),
                form.summary().strip(), form.pupilConsent(), form.parentConsent(), me.accountId(), me.displayName(),
                now, records.writtenNow(c, locale)));
        engine.record(c, EventKind.HANDOVER_LETTER, me.accountId(), me.displayName(), destination, h.reason(),
                false, false, now);
        audit.record(actor.get().did("CASE_HANDOVER_LETTER", "case", c.id(), c.schoolId(),
                c.number() + ", pupil consent " + h.pupilConsent() + ", parents' consent " + h.parentConsent()));
        String school = schools.byId(c.schoolId()).map(SchoolView::name).orElse("");
        byte[] pdf = HandoverLetter.render(c, h, school, me.displayName() + " — " + now, locale);
        return new Letter("handover-" + c.number() + ".pdf", pdf);
    }

    /** Whether the caller may hand this case over (the head of its school); false when it is out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayHandOver(long caseId) {
        return cases.inScope(caseId, access.scope()).map(c -> access.holds(c, Role.HEAD_OF_SCHOOL)).orElse(false);
    }

    private static Locale locale(HavenPrincipal me) {
        return me.language() == null ? Locale.FRENCH : Locale.forLanguageTag(me.language());
    }

}
