package org.haven.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the district's people (pupils, parents, staff) and the guardianships between them. */
public interface PeopleRepository {

    Optional<Person> person(long id);

    /** People of the district with one of these roster references. */
    List<Person> peopleByRef(long districtId, Collection<String> refs);

    Person add(Person person);

    /** The students a parent person is responsible for. */
    List<Person> childrenOf(long parentPersonId);

    /** Enabled accounts of the parents (guardianship) of a pupil. */
    List<Long> guardianAccountIds(long childPersonId);

    /** Counts of people per school and kind: [schoolId, kind, count]. */
    List<Object[]> peopleCounts();
}
