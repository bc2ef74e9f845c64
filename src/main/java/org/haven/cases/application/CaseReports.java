package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.AttachedReport;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.EventKind;
import org.haven.evidence.application.EvidenceJoining;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;
import org.haven.reporting.application.ReportHandover;
import org.haven.reporting.application.ReportHandover.ReportFacts;
import org.haven.reporting.application.StaffReports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Several reports, one incident (issue 20): a referent or the head attaches a report of the case's school to the
 * case, and may detach it again with a reason. The report's evidence joins the case's dossier without changing
 * hands (custody logged, digests kept), its messages join the case's timeline, and the reporter's view of their
 * report does not change. Everything in one transaction, audited on the case and on the report.
 */
@ApplicationScoped
public class CaseReports {

    /** A report of the case: the one it was opened from ({@code origin}), or one attached (live or detached). */
    public record Attached(long reportId, String number, String category, String status, boolean origin,
                           Instant attachedAt, Instant detachedAt, String detachReason) {
    }

    /** The case a report belongs to (opened from it or attached live), without its content. */
    public record CaseRef(long caseId, String number, long schoolId, String status) {
    }

    /** A case the caller may load and the reports of its dossier. */
    public record CaseWithReports(long caseId, String number, long schoolId, List<Long> reportIds) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    ReportHandover reports;

    @Inject
    StaffReports reportRows;

    @Inject
    EvidenceJoining evidence;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Attached attach(long caseId, Long reportId) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        if (reportId == null) {
            throw Invalid.of("reportId", "case.report.required");
        }
        ReportFacts report = reports.facts(reportId, Set.of(c.schoolId())).orElseThrow(() ->
                new NotFound(List.of(new FieldError("reportId", "report.notFound"))));
        if (cases.byReport(reportId).isPresent() || cases.liveAttachment(reportId).isPresent()) {
            throw new Conflict(List.of(new FieldError("reportId", "case.report.alreadyAttached")));
        }
        if (c.status() == CaseStatus.CLOSED) {
            throw new Conflict(List.of(new FieldError("reportId", "case.report.caseClosed")));
        }
        HavenPrincipal me = actor.require();
        Instant now = clock.instant();
        AttachedReport a = cases.add(new AttachedReport(c.id(), reportId, me.accountId(), now));
        String number = StaffReports.number(reportId);
        int files = evidence.joined(owner(report), c.number());
        List<Instant> messages = reports.reporterMessageTimes(reportId);
        engine.record(c, EventKind.REPORT_ATTACHED, me.accountId(), me.displayName(), number,
                files + " file(s), " + messages.size() + " message(s)", false, false, now);
        engine.record(c, EventKind.REPORT_RECEIVED, null, "@reporter", number, null, false, false,
                report.receivedAt());
        for (Instant at : messages) {
            engine.record(c, EventKind.MESSAGE, null, "@reporter", number, null, false, false, at);
        }
        audit.record(actor.get().did("CASE_REPORT_ATTACHED", "case", c.id(), c.schoolId(), number));
        audit.record(actor.get().did("REPORT_ATTACHED_TO_CASE", "report", reportId, c.schoolId(), c.number()));
        return view(a, reportRows.rows(List.of(reportId)).get(reportId), false);
    }

    @Transactional
    public Attached detach(long caseId, long reportId, String reason) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Invalid.of("reason", "case.report.reason.required");
        }
        if (why.length() > AttachedReport.REASON_MAX) {
            throw Invalid.of("reason", "case.report.reason.tooLong", AttachedReport.REASON_MAX);
        }
        AttachedReport a = cases.attachments(c.id()).stream()
                .filter(x -> x.live() && x.reportId() == reportId).findFirst()
                .orElseThrow(() -> new Conflict(List.of(new FieldError("reportId", "case.report.notAttached"))));
        HavenPrincipal me = actor.require();
        Instant now = clock.instant();
        a.detach(me.accountId(), why, now);
        String number = StaffReports.number(reportId);
        int files = evidence.left(new EvidenceOwner(EvidenceOwner.Kind.REPORT, reportId, c.schoolId()), c.number());
        engine.record(c, EventKind.REPORT_DETACHED, me.accountId(), me.displayName(), number, why, false, false, now);
        audit.record(actor.get().did("CASE_REPORT_DETACHED", "case", c.id(), c.schoolId(),
                number + ", " + files + " file(s)"));
        audit.record(actor.get().did("REPORT_DETACHED_FROM_CASE", "report", reportId, c.schoolId(), c.number()));
        return view(a, reportRows.rows(List.of(reportId)).get(reportId), false);
    }

    /** The reports of a case, for those who work it (or the district lead on an escalated case). */
    @Transactional
    public List<Attached> of(long caseId) {
        CaseFile c = access.load(caseId);
        access.require(!access.onlyFiled(c));
        List<AttachedReport> all = cases.attachments(c.id());
        List<Long> ids = new ArrayList<>();
        Optional.ofNullable(c.reportId()).ifPresent(ids::add);
        all.forEach(a -> ids.add(a.reportId()));
        Map<Long, StaffReports.Row> rows = reportRows.rows(ids);
        List<Attached> out = new ArrayList<>();
        if (c.reportId() != null && rows.containsKey(c.reportId())) {
            StaffReports.Row r = rows.get(c.reportId());
            out.add(new Attached(r.id(), r.number(), r.category(), r.status(), true, c.openedAt(), null, null));
        }
        all.forEach(a -> out.add(view(a, rows.get(a.reportId()), false)));
        audit.record(actor.get().did("CASE_REPORTS_VIEWED", "case", c.id(), c.schoolId(), out.size() + " report(s)"));
        return out;
    }

    /** The reports whose evidence is in the case's dossier: the one it was opened from and those attached live. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> inDossier(CaseFile c) {
        List<Long> ids = new ArrayList<>();
        Optional.ofNullable(c.reportId()).ifPresent(ids::add);
        cases.attachments(c.id()).stream().filter(AttachedReport::live).forEach(a -> ids.add(a.reportId()));
        return ids;
    }

    /** The cases these reports belong to, whoever asks: the caller checks its own scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, CaseRef> casesOf(java.util.Collection<Long> reportIds) {
        Map<Long, CaseRef> out = new java.util.LinkedHashMap<>();
        cases.casesOfReports(reportIds).forEach((r, c) -> out.put(r, new CaseRef(c.id(), c.number(), c.schoolId(),
                c.status().name())));
        return out;
    }

    /** A case in the caller's scope (404 otherwise; 403 for who only filed it) and the reports of its dossier. */
    @Transactional
    public CaseWithReports loadWithReports(long caseId) {
        CaseFile c = access.load(caseId);
        access.require(!access.onlyFiled(c));
        return new CaseWithReports(c.id(), c.number(), c.schoolId(), inDossier(c));
    }

    private static Attached view(AttachedReport a, StaffReports.Row r, boolean origin) {
        return new Attached(a.reportId(), StaffReports.number(a.reportId()), r == null ? null : r.category(),
                r == null ? null : r.status(), origin, a.attachedAt(), a.detachedAt(), a.detachReason());
    }

    private static EvidenceOwner owner(ReportFacts report) {
        return new EvidenceOwner(EvidenceOwner.Kind.REPORT, report.id(), report.schoolId());
    }
}
