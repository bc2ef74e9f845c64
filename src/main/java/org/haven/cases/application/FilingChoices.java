package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;

import java.util.List;

/** What filing an incident offers to choose from: the reader's schools, and their pupils by name. */
@ApplicationScoped
public class FilingChoices {

    @Inject
    CaseAccess access;

    @Inject
    SchoolAdministration schools;

    /** The schools where the reader may file an incident. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolView> schoolsForFiling() {
        return access.schoolsWhereStaff().stream().map(schools::byId).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(SchoolView::name)).toList();
    }

    /** Pupils of a school where the reader works, for picking the people involved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolAdministration.RosterPupil> pupils(long schoolId, String search) {
        if (!access.schoolsWhereStaff().contains(schoolId)) {
            return List.of();
        }
        return schools.pupils(schoolId, search, 20);
    }
}
