package org.haven.cases.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Who is named as an alleged author in more than one case: for the case page's warning and the district's count. */
public interface RepeatAuthorQueries {

    /**
     * The alleged-author parties of other cases that are the same people as these: the same roster pupil, or the
     * same name typed (a handle), compared without case.
     */
    List<CaseParty> sameAuthorsElsewhere(long caseId, Collection<Long> personIds, Collection<String> lowerNames);

    /** How many alleged authors (roster pupils, or names typed) appear in more than one case of the district. */
    long repeatAuthorCount();

    /** Alleged authors in two cases or more among these schools' cases opened in [from, to), not anonymised. */
    long repeatAuthorCount(java.util.Collection<Long> schoolIds, Instant from, Instant to);
}
