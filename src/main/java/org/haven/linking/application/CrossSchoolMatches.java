package org.haven.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseReports;
import org.haven.linking.domain.LinkingRepository;
import org.haven.reporting.application.StaffReports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district lead's view of related reports across schools (issue 20): no referent ever sees another school's
 * report, so the lead is the one who learns that two schools hold reports naming the same account, phone number or
 * address, and brings the schools together. Numbers, schools and the matched signals only, never the content;
 * recent reports (the newer of each pair received in the last {@link #WINDOW}), open ones only. Audited.
 */
@ApplicationScoped
public class CrossSchoolMatches {

    static final Duration WINDOW = Duration.ofDays(120);
    static final int PAIRS_MAX = 500;

    /** Two reports of two schools and what they share. */
    public record Match(long reportId, String number, String schoolCode, String caseNumber, long relatedId,
                        String relatedNumber, String relatedSchoolCode, String relatedCaseNumber,
                        List<RelatedReports.Reason> reasons) {
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

    @Transactional
    public List<Match> recent() {
        Map<List<Long>, List<RelatedReports.Reason>> pairs = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (LinkingRepository.CrossMatch m : repository.acrossSchools(clock.instant().minus(WINDOW), PAIRS_MAX)) {
            pairs.computeIfAbsent(List.of(m.newerId(), m.olderId()), k -> new ArrayList<>())
                    .add(new RelatedReports.Reason(m.signal().kind().name(), m.signal().value()));
            ids.add(m.newerId());
            ids.add(m.olderId());
        }
        Map<Long, StaffReports.Row> rows = reports.rows(ids);
        Map<Long, CaseReports.CaseRef> cases = caseReports.casesOf(ids);
        List<Match> out = new ArrayList<>();
        pairs.forEach((pair, reasons) -> {
            StaffReports.Row a = rows.get(pair.get(0));
            StaffReports.Row b = rows.get(pair.get(1));
            if (a != null && b != null && open(a, cases.get(a.id())) && open(b, cases.get(b.id()))) {
                out.add(new Match(a.id(), a.number(), a.schoolCode(), caseNumber(cases.get(a.id())), b.id(),
                        b.number(), b.schoolCode(), caseNumber(cases.get(b.id())), List.copyOf(reasons)));
            }
        });
        audit.record(actor.get().did("RELATED_ACROSS_SCHOOLS_VIEWED", "report", null, null,
                out.size() + " pair(s)"));
        return out;
    }

    private static boolean open(StaffReports.Row row, CaseReports.CaseRef c) {
        return c != null ? !c.status().equals("CLOSED") : !row.status().equals("CLOSED");
    }

    private static String caseNumber(CaseReports.CaseRef c) {
        return c == null ? null : c.number();
    }
}
