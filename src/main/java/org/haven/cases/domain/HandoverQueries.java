package org.haven.cases.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The read-only records of the handovers schools made, never beyond the reader's schools. */
public interface HandoverQueries {

    /** Handovers made by these schools, newest first (the old schools' read-only records). */
    List<CaseHandover> handoversFrom(Collection<Long> schoolIds, int limit);

    /** One handover made by one of these schools, or nothing: the scope is in the query. */
    Optional<CaseHandover> handoverFrom(long id, Collection<Long> schoolIds);
}
