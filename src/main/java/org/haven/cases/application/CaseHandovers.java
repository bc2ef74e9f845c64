package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.audit.application.AuditLog;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseHandover;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.EventKind;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.evidence.application.EvidenceJoining;
import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.i18n.Messages;
import org.haven.platform.pdf.SectionPdf;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.HavenPrincipal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    CaseEvidenceScope dossiers;

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

    @Transactional
    public View handOver(long caseId, Form form) {
        CaseFile c = access.load(caseId);
        access.require(access.holds(c, Role.HEAD_OF_SCHOOL));
        List<FieldError> errors = check(form);
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
                record(c, locale(me))));
        engine.record(c, EventKind.HANDED_OVER, me.accountId(), me.displayName(), fromName + " → " + to.name(),
                h.reason() + "\n" + h.summary(), false, false, now);
        c.handOver(to.id());
        int files = evidence.transferred(new EvidenceOwner(EvidenceOwner.Kind.CASE, c.id(), to.id()), to.id());
        engine.notifyRole(c, Role.REFERENT, "CASE_HANDED_OVER", c.riskLevel().isUrgent());
        engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_HANDED_OVER", c.riskLevel().isUrgent());
        String consents = "pupil consent " + h.pupilConsent() + ", parents' consent " + h.parentConsent();
        audit.record(actor.get().did("CASE_HANDED_OVER", "case", c.id(), from,
                c.number() + " to school " + to.id() + ", " + files + " file(s), " + consents));
        audit.record(actor.get().did("CASE_RECEIVED_BY_HANDOVER", "case", c.id(), to.id(), c.number()));
        return view(h, false);
    }

    /** Out of the district: the letter the head sends the new school, with the same record as a handover. */
    @Transactional
    public Letter letter(long caseId, Form form, Locale locale) {
        CaseFile c = access.load(caseId);
        access.require(access.holds(c, Role.HEAD_OF_SCHOOL));
        List<FieldError> errors = check(form);
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
                now, record(c, locale)));
        engine.record(c, EventKind.HANDOVER_LETTER, me.accountId(), me.displayName(), destination, h.reason(),
                false, false, now);
        audit.record(actor.get().did("CASE_HANDOVER_LETTER", "case", c.id(), c.schoolId(),
                c.number() + ", pupil consent " + h.pupilConsent() + ", parents' consent " + h.parentConsent()));
        String school = schools.byId(c.schoolId()).map(SchoolView::name).orElse("");
        List<SectionPdf.Section> sections = List.of(
                new SectionPdf.Section(t(locale, "handover.letter.to"), List.of(new SectionPdf.Line(null, destination))),
                new SectionPdf.Section(t(locale, "handover.letter.case"), List.of(
                        new SectionPdf.Line(t(locale, "handover.letter.number"), c.number()),
                        new SectionPdf.Line(t(locale, "handover.letter.from"), school),
                        new SectionPdf.Line(t(locale, "handover.reason"), h.reason()),
                        new SectionPdf.Line(t(locale, "handover.summary"), h.summary()),
                        new SectionPdf.Line(t(locale, "handover.pupilConsent"), t(locale, yes(h.pupilConsent()))),
                        new SectionPdf.Line(t(locale, "handover.parentConsent"), t(locale, yes(h.parentConsent()))))),
                new SectionPdf.Section(t(locale, "handover.letter.signed"), List.of(new SectionPdf.Line(null,
                        me.displayName() + " — " + now))));
        byte[] pdf = SectionPdf.render(Messages.text(locale, "handover.letter.title", c.number()), sections,
                t(locale, "handover.letter.footer"));
        return new Letter("handover-" + c.number() + ".pdf", pdf);
    }

    /** Whether the caller may hand this case over (the head of its school); false when it is out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayHandOver(long caseId) {
        return cases.inScope(caseId, access.scope()).map(c -> access.holds(c, Role.HEAD_OF_SCHOOL)).orElse(false);
    }

    /** The handovers the caller's schools made (their read-only records), newest first. */
    @Transactional
    public List<View> made() {
        List<View> out = cases.handoversFrom(scope(), 100).stream().map(h -> view(h, false)).toList();
        audit.record(actor.get().did("HANDOVERS_LISTED", "case_handover", null, null, out.size() + " row(s)"));
        return out;
    }

    /** One handover of the caller's schools with the old school's record of its part; 404 otherwise. */
    @Transactional
    public View record(long id) {
        CaseHandover h = cases.handoverFrom(id, scope()).orElseThrow(() -> new NotFound(List.of(new FieldError("id", "handover.notFound"))));
        audit.record(actor.get().did("HANDOVER_RECORD_VIEWED", "case", h.caseId(), h.fromSchoolId(), h.caseNumber()));
        return view(h, true);
    }

    private java.util.Set<Long> scope() {
        return actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
    }

    private static List<FieldError> check(Form form) {
        List<FieldError> errors = new ArrayList<>();
        String reason = form == null || form.reason() == null ? "" : form.reason().strip();
        String summary = form == null || form.summary() == null ? "" : form.summary().strip();
        if (reason.isEmpty() || reason.length() > CaseHandover.REASON_MAX) {
            errors.add(new FieldError("reason", "handover.reason.required", CaseHandover.REASON_MAX));
        }
        if (summary.isEmpty() || summary.length() > CaseHandover.SUMMARY_MAX) {
            errors.add(new FieldError("summary", "handover.summary.required", CaseHandover.SUMMARY_MAX));
        }
        if (form == null || form.pupilConsent() == null) {
            errors.add(new FieldError("pupilConsent", "handover.consent.required"));
        }
        if (form == null || form.parentConsent() == null) {
            errors.add(new FieldError("parentConsent", "handover.consent.required"));
        }
        return errors;
    }

    /** The old school's record of its part: the case's dossier text (facts, parties, timeline) as of now. */
    private String record(CaseFile c, Locale locale) {
        DossierContent.OwnerDossier d = dossiers.dossier(CaseEvidenceScope.owner(c), locale);
        StringBuilder text = new StringBuilder(d.title()).append(" — ").append(d.school()).append('\n');
        d.summary().forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        d.timeline().forEach(e -> text.append(e.when()).append(" — ").append(e.who()).append(" — ")
                .append(e.what()).append('\n'));
        return text.toString();
    }

    private View view(CaseHandover h, boolean withRecord) {
        return new View(h.id(), h.caseId(), h.caseNumber(), name(h.fromSchoolId()),
                Optional.ofNullable(h.toSchoolId()).map(this::name).orElse(null), h.destination(), h.reason(),
                h.summary(), h.pupilConsent(), h.parentConsent(), h.handedByName(), h.handedAt(),
                withRecord ? h.oldRecord() : null);
    }

    private String name(long schoolId) {
        return schools.byId(schoolId).map(SchoolView::name).orElse("");
    }

    private static Locale locale(HavenPrincipal me) {
        return me.language() == null ? Locale.FRENCH : Locale.forLanguageTag(me.language());
    }

    private static String yes(boolean answer) {
        return answer ? "handover.yes" : "handover.no";
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
