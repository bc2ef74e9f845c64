package org.haven.insight.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How many alleged authors appear in more than one case (issue 20's repeat authors), without names: insight owns
 * this question and cases answers it, so that insight never reads the cases' tables and cases, which already tells
 * insight what happens, is not imported by it.
 */
public interface RepeatAuthorCounts {

    /**
     * Distinct alleged authors (a roster pupil by identity, a typed name by its lower-case form) in at least two
     * cases of these schools opened between these days (inclusive); anonymised cases left out.
     */
    long repeatAuthors(Collection<Long> schoolIds, LocalDate from, LocalDate to);
}
