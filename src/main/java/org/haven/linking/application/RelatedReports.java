package org.haven.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseReports;
import org.haven.linking.domain.LinkingRepository;
import org.haven.linking.domain.RelatedDismissal;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.reporting.application.StaffReports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Related reports (issue 20): open reports and cases of the district that share signals with a report or a case,
 * each with the signals that matched. Scope is in the query: a referent or head is only ever shown reports of their
 * own schools (so never learns of another school's case); the district lead sees matches across schools, as
 * numbers and matched signals, never the content. Staff accept a suggestion (the report joins the case) or
 * dismiss it; both are audited.
 */
@ApplicationScoped
public class RelatedReports {

    /** A related report: its number and school, its case if any, and why it is suggested. */
    public record Related(long reportId, String number, String schoolCode, boolean otherSchool, Long caseId,
                          String caseNumber, List<Reason> reasons) {
    }

    /** One matched signal. */
    public record Reason(String kind, String value) {
    }

    @Inject
    LinkingRepository repository;

    @Inject
    StaffReports reports;

    @Inject
    CaseReports caseReports;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RelatedSearch search;

    @Transactional
    public List<Related> ofReport(long reportId) {
        StaffReports.Row report = visibleReport(reportId);
        List<Related> out = search.find(List.of(reportId), report.schoolId(), scopeOrAll());
        audit.record(actor.get().did("RELATED_REPORTS_VIEWED", "report", reportId, report.schoolId(),
                out.size() + " suggestion(s)"));
        return out;
    }

    @Transactional
    public List<Related> ofCase(long caseId) {
        CaseReports.CaseWithReports c = caseReports.loadWithReports(caseId);
        List<Related> out = search.find(c.reportIds(), c.schoolId(), scopeOrAll());
        audit.record(actor.get().did("RELATED_REPORTS_VIEWED", "case", c.caseId(), c.schoolId(),
                out.size() + " suggestion(s)"));
        return out;
    }

    /** Staff of the report's school say the suggestion is wrong: it is not made again. */
    @Transactional
    public void dismiss(long reportId, Long relatedId) {
        StaffReports.Row report = suggestion(reportId, relatedId);
        if (repository.dismissed(reportId, relatedId)) {
            throw new Conflict(List.of(new FieldError("relatedId", "related.alreadyDismissed")));
        }
        repository.add(new RelatedDismissal(reportId, relatedId, actor.require().accountId(), clock.instant()));
        audit.record(actor.get().did("RELATED_DISMISSED", "report", reportId, report.schoolId(),
                StaffReports.number(relatedId)));
    }

    /**
     * Staff of the report's school accept the suggestion: the report without a case joins the case of the other
     * (the related report's case first). Neither in a case: 409, open a case from one of them first.
     */
    @Transactional
    public CaseReports.Attached accept(long reportId, Long relatedId) {
        StaffReports.Row report = suggestion(reportId, relatedId);
        Map<Long, CaseReports.CaseRef> cases = caseReports.casesOf(List.of(reportId, relatedId));
        CaseReports.Attached attached;
        if (cases.containsKey(relatedId) && !cases.containsKey(reportId)) {
            attached = caseReports.attach(cases.get(relatedId).caseId(), reportId);
        } else if (cases.containsKey(reportId) && !cases.containsKey(relatedId)) {
            attached = caseReports.attach(cases.get(reportId).caseId(), relatedId);
        } else {
            throw new Conflict(List.of(new FieldError("relatedId",
                    cases.isEmpty() ? "related.noCase" : "related.bothInCases")));
        }
        audit.record(actor.get().did("RELATED_ACCEPTED", "report", reportId, report.schoolId(),
                StaffReports.number(relatedId)));
        return attached;
    }

    /** The report, if the caller is its school's referent or head (404 otherwise), and the suggestion (404). */
    private StaffReports.Row suggestion(long reportId, Long relatedId) {
        StaffReports.Row report = reports.rows(List.of(reportId)).get(reportId);
        if (report == null || !reports.scope().contains(report.schoolId())) {
            throw notFound("id", "report.notFound");
        }
        if (relatedId == null) {
            throw Invalid.of("relatedId", "related.required");
        }
        boolean suggested = search.find(List.of(reportId), report.schoolId(), reports.scope()).stream()
                .anyMatch(r -> r.reportId() == relatedId);
        if (!suggested) {
            throw notFound("relatedId", "related.notFound");
        }
        return report;
    }

    /** A report of the caller's schools, or any report for the district lead; 404 otherwise. */
    private StaffReports.Row visibleReport(long reportId) {
        StaffReports.Row report = reports.rows(List.of(reportId)).get(reportId);
        Set<Long> scope = scopeOrAll();
        if (report == null || (scope != null && !scope.contains(report.schoolId()))) {
            audit.recordRefusal(actor.get().did("REPORT_ACCESS_DENIED", "report", reportId, null, "related"));
            throw notFound("id", "report.notFound");
        }
        return report;
    }

    /** The referent's and head's schools; null (every school) for the district lead. */
    private Set<Long> scopeOrAll() {
        HavenPrincipal me = actor.require();
        return me.hasRole(Role.Names.DISTRICT_LEAD) ? null : reports.scope();
    }

    private static Refusal notFound(String field, String key) {
        return new NotFound(List.of(new FieldError(field, key)));
    }
}
