package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.insight.application.InsightCounts;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.Role;
import org.haven.reporting.domain.InboxCursor;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportMessage;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportRules;
import org.haven.reporting.domain.ReportStatus;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The school side of the inbox, for referents and heads of school: only reports of the schools where the
 * account holds one of these roles are ever loaded (the scope is in the query). Every read is audited.
 */
@ApplicationScoped
public class StaffInbox {

    /** Rows of a page at most. */
    public static final int PAGE = 50;

    @Inject
    InsightCounts insight;

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    EvidenceIntake evidence;

    @Inject
    ReporterInbox reporterSide;

    @Inject
    Notifications notifications;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReportActivity> activity;

    /** The first page of the inbox. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportViews.InboxRow> inbox() {
        return page(null, PAGE).rows();
    }

    /**
     * A page of the inbox after the cursor of the previous page (null or blank for the first), read by keyset
     * so that every report is reachable, with the number of urgent reports awaiting acknowledgement.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportViews.InboxPage page(String after, int size) {
        InboxCursor cursor = InboxCursor.decode(after);
        if (after != null && !after.isBlank() && cursor == null) {
            throw Invalid.of("after", "report.cursor.invalid");
        }
        int limit = Math.max(1, Math.min(size, PAGE));
        Set<Long> scope = scope();
        List<Report> fetched = reports.inbox(scope, cursor, limit);
        boolean more = fetched.size() > limit;
        List<Report> shown = more ? fetched.subList(0, limit) : fetched;
        List<ReportViews.InboxRow> rows = shown.stream()
                .map(r -> new ReportViews.InboxRow(r.id(), r.category(), r.status(), r.urgent(),
                        r.awaitsUrgentAcknowledgement(), r.staffUnread(), r.anonymous(), r.createdAt(),
                        r.lastActivityAt()))
                .toList();
        return new ReportViews.InboxPage(rows, more ? InboxCursor.after(shown.getLast()).encode() : null,
                reports.awaitingAcknowledgement(scope));
    }

    /** The report, if it belongs to one of the account's schools; empty otherwise (as if it did not exist). */
    @Transactional
    public Optional<ReportViews.ForStaff> view(long reportId) {
        Optional<Report> found = reports.inSchools(reportId, scope());
        found.ifPresent(r -> {
            r.readByStaff();
            audit.record(actor.get().did("REPORT_VIEWED", "report", r.id(), r.schoolId(), null));
            notifications.markRead(actor.require().accountId(), "report", r.id());
        });
        return found.map(r -> new ReportViews.ForStaff(r.id(),
                schools.byId(r.schoolId()).map(SchoolView::name).orElse(""), r.category(), r.description(),
                r.occurredOn(), r.frequency(), r.atSchool(), r.platforms(), r.involved(), r.witness(), r.anonymous(),
                r.reporterName(), r.reporterClass(), r.risk(), r.urgent(), r.urgentAcknowledgedAt(), r.status(),
                r.createdAt(), r.contentFingerprint(), reporterSide.messages(r.id()),
                reports.links(r.id()).stream().map(l -> new ReportViews.Link(l.url(), l.seenAt(), l.note())).toList(),
                evidence.receipts(ReportEvidenceScope.owner(r)), r.source()));
    }

    @Transactional
    public void answer(long reportId, String body) {
        List<Refusal.FieldError> errors = ReportRules.checkMessage(body);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Report r = inScope(reportId);
        reports.add(new ReportMessage(r.id(), false, actor.require().accountId(), body.strip(), clock.instant()));
        r.staffWrote(clock.instant());
        insight.reportActedOn(r.id(), r.schoolId(), r.category().name(), r.createdAt(), clock.instant());
        audit.record(actor.get().did("REPORT_MESSAGE_FROM_STAFF", "report", r.id(), r.schoolId(), null));
        activity.fire(new ReportActivity(r.id(), ReportActivity.Kind.MESSAGE_FROM_STAFF, actor.require().accountId(),
                actor.require().displayName(), clock.instant()));
    }

    @Transactional
    public void acknowledgeUrgent(long reportId) {
        Report r = inScope(reportId);
        if (r.acknowledgeUrgent(actor.require().accountId(), clock.instant())) {
            audit.record(actor.get().did("REPORT_URGENT_ACKNOWLEDGED", "report", r.id(), r.schoolId(), null));
        }
    }

    @Transactional
    public void changeStatus(long reportId, ReportStatus status) {
        Report r = inScope(reportId);
        r.changeStatus(status, clock.instant());
        audit.record(actor.get().did("REPORT_STATUS_CHANGED", "report", r.id(), r.schoolId(), status.name()));
    }

    private Report inScope(long reportId) {
        return reports.inSchools(reportId, scope())
                .orElseThrow(() -> new NotFound(List.of(new Refusal.FieldError("id", "report.notFound"))));
    }

    /** The schools where the account is a referent or the head. */
    private Set<Long> scope() {
        return actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
    }
}
