package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.notify.application.RecordSubjects;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the reports notifications are about: the report's number (its id, as the inbox shows it) and school; nothing
 * of its content, which the notified person was not yet shown, so no read of child data to audit.
 */
@ApplicationScoped
public class ReportSubjects implements RecordSubjects {

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Override
    public Set<String> types() {
        return Set.of("report");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Subject> describe(String recordType, Collection<Long> ids) {
        Map<Long, String> schoolNames = new HashMap<>();
        Map<String, Subject> found = new HashMap<>();
        for (Report r : reports.byIds(ids)) {
            found.put(String.valueOf(r.id()), new Subject(String.valueOf(r.id()), schoolNames.computeIfAbsent(
                    r.schoolId(), id -> schools.byId(id).map(SchoolView::name).orElse(""))));
        }
        return found;
    }
}
