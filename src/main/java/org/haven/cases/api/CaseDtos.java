package org.haven.cases.api;

import org.haven.cases.application.IncidentForm;
import org.haven.cases.application.PartyInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Request bodies of the case API (answers are the application's views). */
public final class CaseDtos {

    private CaseDtos() {
    }

    public record Party(Long personId, String name, String part) {
        PartyInput toInput() {
            return new PartyInput(personId, name, part);
        }
    }

    public record NewIncident(String schoolCode, String category, String description, LocalDate occurredOn,
                              String place, Set<String> platforms, List<Party> parties, Set<String> risk,
                              Boolean adultAuthor, Boolean evidenceFiles, Boolean evidenceLinks) {
        IncidentForm toForm(Long schoolId) {
            return new IncidentForm(schoolId, category, description, occurredOn, place, platforms,
                    parties == null ? List.of() : parties.stream()
                            .map(p -> p == null ? new PartyInput(null, null, null) : p.toInput()).toList(), risk,
                    Boolean.TRUE.equals(adultAuthor), Boolean.TRUE.equals(evidenceFiles),
                    Boolean.TRUE.equals(evidenceLinks));
        }
    }

    public record StepRecord(Map<String, String> values, String note) {
    }

    public record Reason(String reason) {
    }

    public record Decision(String decision) {
    }

    public record Closing(String summary) {
    }

    public record Note(String note) {
    }

    public record Opened(long id, String number) {
    }
}
