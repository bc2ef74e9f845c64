package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Invalid;
import org.haven.platform.paging.KeysetToken;
import org.haven.platform.security.Role;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff list of reports (the REST side of the inbox, issue 20): the reports of the schools where the account is
 * referent or head, newest received first, in keyset pages so that every report stays reachable; and the short
 * form of reports that other features (linking, cases) show once they have checked the caller's scope themselves.
 */
@ApplicationScoped
public class StaffReports {

    /** Rows of a page at most. */
    public static final int PAGE = 50;

    /** The short form of a report: never its content. */
    public record Row(long id, String number, String schoolCode, long schoolId, String category, boolean urgent,
                      String status, Instant receivedAt) {
    }

    /** One page; next is the {@code after} of the following page, null on the last. */
    public record Page(List<Row> rows, String next) {
    }

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** The number staff quote for a report, as its dossier shows it. */
    public static String number(long reportId) {
        return "R-" + reportId;
    }

    @Transactional
    public Page page(String after, Integer size) {
        KeysetToken cursor = KeysetToken.decode(after);
        if (after != null && !after.isBlank() && (cursor == null || cursor.rank() != 0)) {
            throw Invalid.of("after", "report.cursor.invalid");
        }
        int limit = Math.max(1, Math.min(size == null ? PAGE : size, PAGE));
        Set<Long> scope = scope();
        List<Report> fetched = reports.newest(scope, cursor == null ? null : cursor.at(),
                cursor == null ? null : cursor.id(), limit);
        boolean more = fetched.size() > limit;
        List<Report> shown = more ? fetched.subList(0, limit) : fetched;
        audit.record(actor.get().did("REPORTS_LISTED", "report", null, null, shown.size() + " row(s)"));
        String next = more ? new KeysetToken(0, shown.getLast().createdAt(), shown.getLast().id()).encode() : null;
        return new Page(rows(shown), next);
    }

    /**
     * The short form of these reports, whoever asks: the caller has checked the scope (and writes the audit entry
     * of its own read).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Row> rows(Collection<Long> ids) {
        return rows(reports.byIds(ids)).stream().collect(Collectors.toMap(Row::id, Function.identity()));
    }

    private List<Row> rows(List<Report> found) {
        Map<Long, String> codes = found.stream().map(Report::schoolId).distinct()
                .collect(Collectors.toMap(id -> id, id -> schools.byId(id).map(SchoolView::code).orElse("")));
        return found.stream().map(r -> new Row(r.id(), number(r.id()), codes.get(r.schoolId()), r.schoolId(),
                r.category().name(), r.urgent(), r.status().name(), r.createdAt())).toList();
    }

    /** The schools where the account is a referent or the head. */
    public Set<Long> scope() {
        return actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
    }
}
