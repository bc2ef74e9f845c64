package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.notify.application.RecordSubjects;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the cases notifications are about: their number and school, for the staff ("case") and for parents
 * ("family-case", the same case seen from the parent portal). Only the number and the school are given, which the
 * person notified was already told of; nothing of the case's content, so no read of child data to audit.
 */
@ApplicationScoped
public class CaseSubjects implements RecordSubjects {

    @Inject
    CaseRepository cases;

    @Inject
    SchoolAdministration schools;

    @Override
    public Set<String> types() {
        return Set.of("case", "family-case");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Subject> describe(String recordType, Collection<Long> ids) {
        Map<Long, String> schoolNames = new HashMap<>();
        Map<String, Subject> found = new HashMap<>();
        for (CaseFile c : cases.byIds(ids)) {
            found.put(String.valueOf(c.id()), new Subject(c.number(), schoolNames.computeIfAbsent(c.schoolId(),
                    id -> schools.byId(id).map(SchoolView::name).orElse(""))));
        }
        return found;
    }
}
