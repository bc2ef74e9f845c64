package org.haven.protocol.domain;

import java.util.List;
import java.util.Optional;

/** Storage of the days the district's schools are closed beyond the shipped holidays. */
public interface CalendarClosureRepository {

    /** Every closure, earliest first. */
    List<CalendarClosure> all();

    /** Stores a closure and gives it its id. */
    CalendarClosure add(CalendarClosure closure);

    Optional<CalendarClosure> byId(long id);

    void remove(CalendarClosure closure);
}
