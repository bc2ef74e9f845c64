package org.haven.helplines.domain;

import java.util.List;
import java.util.Optional;

/** Where the district's help lines are kept. */
public interface HelpResourceRepository {

    /** The active lines of one country (upper-case code), in the order pupils see them. */
    List<HelpResource> activeOf(String country);

    /** Every line, active or not, by country then order. */
    List<HelpResource> all();

    /** The highest sort order used in a country, 0 when it has none. */
    int lastOrderOf(String country);

    /** Stores a new line; its id is set when this returns. */
    HelpResource add(HelpResource line);

    Optional<HelpResource> find(long id);
}
