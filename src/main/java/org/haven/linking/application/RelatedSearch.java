package org.haven.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.application.CaseReports;
import org.haven.linking.domain.LinkingRepository;
import org.haven.linking.domain.RelatedMatcher;
import org.haven.linking.domain.ReportSignal;
import org.haven.linking.domain.Signal;
import org.haven.reporting.application.StaffReports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the reports that share signals with some reports, strong and weak signals apart, less the dismissed ones. */
@ApplicationScoped
public class RelatedSearch {

    /** Candidate rows read at most per request: a very common signal cannot make a request unbounded. */
    static final int CANDIDATES_MAX = 2000;

    @Inject
    LinkingRepository repository;

    @Inject
    StaffReports reports;

    @Inject
    CaseReports caseReports;

    /** The open reports and cases sharing signals with these reports, strongest first, never their own case. */
    List<RelatedReports.Related> find(Collection<Long> own, long ownSchool, Set<Long> schools) {
        List<Signal> mine = repository.signalsOf(own).stream().map(ReportSignal::signal).distinct().toList();
        Map<Long, List<Signal>> theirs = new LinkedHashMap<>();
        Map<Long, Long> schoolOf = new LinkedHashMap<>();
        // Strong and weak signals apart: many reports share a platform and week, which must not crowd out a handle.
        Map<Boolean, List<Signal>> byStrength = mine.stream().collect(Collectors.partitioningBy(s -> s.kind().strong()));
        for (List<Signal> part : byStrength.values()) {
            for (ReportSignal s : repository.sharing(part, own, schools, CANDIDATES_MAX)) {
                theirs.computeIfAbsent(s.reportId(), k -> new ArrayList<>()).add(s.signal());
                schoolOf.put(s.reportId(), s.schoolId());
            }
        }
        Set<Long> dismissed = new HashSet<>(repository.dismissedWith(own));
        List<RelatedMatcher.Match> matches = new ArrayList<>();
        theirs.forEach((id, signals) -> {
            if (!dismissed.contains(id)) {
                RelatedMatcher.match(id, mine, signals).ifPresent(matches::add);
            }
        });
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = matches.stream().map(RelatedMatcher.Match::reportId).toList();
        Map<Long, StaffReports.Row> rows = reports.rows(ids);
        List<Long> lookup = new ArrayList<>(ids);
        lookup.addAll(own);
        Map<Long, CaseReports.CaseRef> cases = caseReports.casesOf(lookup);
        Set<Long> ownCases = own.stream().map(cases::get).filter(java.util.Objects::nonNull)
                .map(CaseReports.CaseRef::caseId).collect(Collectors.toSet());
        matches.sort(RelatedMatcher.STRONGEST_FIRST);
        List<RelatedReports.Related> out = new ArrayList<>();
        for (RelatedMatcher.Match m : matches) {
            StaffReports.Row row = rows.get(m.reportId());
            CaseReports.CaseRef c = cases.get(m.reportId());
            if (row == null || (c != null && ownCases.contains(c.caseId())) || closed(row, c)) {
                continue;
            }
            out.add(new RelatedReports.Related(row.id(), row.number(), row.schoolCode(),
                    schoolOf.get(row.id()) != ownSchool, c == null ? null : c.caseId(), c == null ? null : c.number(),
                    m.shared().stream().map(s -> new RelatedReports.Reason(s.kind().name(), s.value())).toList()));
        }
        return out;
    }

    /** Only open reports and cases are suggested. */
    private static boolean closed(StaffReports.Row row, CaseReports.CaseRef c) {
        return c != null ? c.status().equals("CLOSED") : row.status().equals("CLOSED");
    }
}
