package org.haven.safeguarding.domain;

import java.util.List;
import java.util.Optional;

/** Storage of a district's directory of outside bodies. */
public interface OutsideBodyRepository {

    OutsideBody add(OutsideBody b);

    /** Every body of the district, active first, by kind and name. */
    List<OutsideBody> all(long districtId);

    /** The district's active bodies, by kind and name. */
    List<OutsideBody> active(long districtId);

    Optional<OutsideBody> byId(long id);

    long count(long districtId);
}
