package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.evidence.application.ReporterEvidence;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportMessage;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportRules;

import java.time.Clock;
import java.util.List;

/**
 * The reporter's side of the two-way inbox. The report id comes from a receipt already checked (session or
 * token), never from a parameter the reporter could change.
 */
@ApplicationScoped
public class ReporterInbox implements ReporterEvidence {

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    EvidenceIntake evidence;

    @Inject
    Event<ReportAlert> alerts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReportActivity> activity;

    @Transactional
    public ReportViews.ForReporter view(long reportId) {
        Report r = reports.byId(reportId).orElseThrow();
        r.readByReporter();
        audit.record(ReportAuthors.REPORTER.did("REPORT_VIEWED", "report", r.id(), r.schoolId(), "reporter"));
        return new ReportViews.ForReporter(schools.byId(r.schoolId()).map(SchoolView::name).orElse(""),
                r.category(), r.status(), r.urgent(), r.createdAt(), messages(reportId),
                evidence.receipts(ReportEvidenceScope.owner(r)));
    }

    @Transactional
    public void reply(long reportId, String body) {
        List<Refusal.FieldError> errors = ReportRules.checkMessage(body);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Report r = reports.byId(reportId).orElseThrow();
        reports.add(new ReportMessage(r.id(), true, null, body.strip(), clock.instant()));
        r.reporterWrote(clock.instant());
        audit.record(ReportAuthors.REPORTER.did("REPORT_MESSAGE_FROM_REPORTER", "report", r.id(), r.schoolId(),
                null));
        alerts.fire(new ReportAlert(r.id(), r.schoolId(), "REPORT_MESSAGE", false));
        activity.fire(new ReportActivity(r.id(), ReportActivity.Kind.MESSAGE_FROM_REPORTER, null, null,
                clock.instant()));
    }

    @Override
    @Transactional
    public EvidenceReceipt addEvidence(long reportId, EvidenceUpload upload) {
        Report r = reports.byId(reportId).orElseThrow();
        EvidenceReceipt stored = evidence.store(ReportEvidenceScope.owner(r), upload,
                new EvidenceIntake.Origin(EvidenceSource.REPORTER_INBOX, ReportAuthors.REPORTER, "reporter inbox",
                        null), "file");
        r.reporterWrote(clock.instant());
        alerts.fire(new ReportAlert(r.id(), r.schoolId(), "REPORT_EVIDENCE", false));
        activity.fire(new ReportActivity(r.id(), ReportActivity.Kind.EVIDENCE_FROM_REPORTER, null, null,
                clock.instant()));
        return stored;
    }

    List<ReportViews.Message> messages(long reportId) {
        return reports.messages(reportId).stream()
                .map(m -> new ReportViews.Message(m.fromReporter(), m.body(), m.createdAt())).toList();
    }
}
