package org.haven.cases.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a member of staff says when filing an incident: what, when, where or on which platform, who (pupils of the
 * roster with their part, or a name), the first risk answers, and whether evidence was secured.
 */
public record IncidentForm(Long schoolId, String category, String description, LocalDate occurredOn, String place,
                           Set<String> platforms, List<PartyInput> parties, Set<String> riskTags, boolean adultAuthor,
                           boolean evidenceFiles, boolean evidenceLinks) {

    public IncidentForm {
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        parties = parties == null ? List.of() : List.copyOf(parties);
        riskTags = riskTags == null ? Set.of() : Set.copyOf(riskTags);
    }
}
