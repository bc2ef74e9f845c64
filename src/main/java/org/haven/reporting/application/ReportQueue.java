package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the school inbox asks of the signed-in referent or head now (issue 23, the staff home's work queue): urgent
 * reports nobody acknowledged, and reports whose report or pupil's message nobody read. Only reports of the schools
 * where the account holds one of these roles are read (the scope is in the query, as in {@link StaffInbox}); one
 * list query and one count per kind; reading the queue is audited once.
 */
@ApplicationScoped
public class ReportQueue {

    public static final int LINES = 15;

    /** A report in the queue; pupilMessage: the pupil wrote in its conversation (otherwise the report is new). */
    public record Line(long reportId, String schoolName, String category, boolean urgent, boolean pupilMessage,
                       Instant since) {
    }

    public record Queue(List<Line> urgent, long urgentCount, List<Line> unread, long unreadCount) {

        public boolean isEmpty() {
            return urgentCount == 0 && unreadCount == 0;
        }
    }

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Transactional
    public Queue mine() {
        Set<Long> scope = actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
        if (scope.isEmpty()) {
            return new Queue(List.of(), 0, List.of(), 0);
        }
        Map<Long, String> schoolNames = new HashMap<>();
        List<Report> urgent = reports.awaitingAcknowledgementList(scope, LINES);
        List<Report> unread = reports.unreadByStaff(scope, LINES);
        Set<Long> written = reports.withReporterMessages(unread.stream().map(Report::id).toList());
        Queue queue = new Queue(
                urgent.stream().map(r -> line(r, false, schoolNames)).toList(), reports.awaitingAcknowledgement(scope),
                unread.stream().map(r -> line(r, written.contains(r.id()), schoolNames)).toList(),
                reports.unreadByStaffCount(scope));
        audit.record(actor.get().did("REPORT_LIST_VIEWED", "report", null, null,
                "work queue: " + (urgent.size() + unread.size()) + " rows"));
        return queue;
    }

    private Line line(Report r, boolean pupilMessage, Map<Long, String> schoolNames) {
        String school = schoolNames.computeIfAbsent(r.schoolId(),
                id -> schools.byId(id).map(SchoolView::name).orElse(""));
        return new Line(r.id(), school, r.category().name(), r.urgent(), pupilMessage,
                pupilMessage ? r.lastActivityAt() : r.createdAt());
    }
}
