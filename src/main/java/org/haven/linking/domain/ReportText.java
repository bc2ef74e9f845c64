package org.haven.linking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What signals are taken from, as a report arrives: its free texts, the links given, the platforms (names of the
 * reporting feature's enum), when it happened, and the reporter's class when the reporter is the pupil targeted.
 */
public record ReportText(String description, String involved, List<String> linkUrls, Set<String> platforms,
                         LocalDate occurredOn, boolean witness, String reporterClass) {

    public ReportText {
        linkUrls = linkUrls == null ? List.of() : List.copyOf(linkUrls);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    }
}
