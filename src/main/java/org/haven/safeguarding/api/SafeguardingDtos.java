package org.haven.safeguarding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Request bodies of the safeguarding API (answers are the application's views). */
public final class SafeguardingDtos {

    private SafeguardingDtos() {
    }

    /**
     * duration: DAYS, WEEKS, MONTHS; frequency: ONCE, SOMETIMES, DAILY. The answers are boxed so that the strict
     * boolean reading of {@link org.haven.platform.api.StrictJson} applies ({@code "maybe"} is refused, not read
     * as "no"); an answer left out is "no", as on the form. loweringReason: required (with the head of school
     * role) when the assessment lowers the case's danger.
     */
    public record Assessment(Boolean immediateDanger, Boolean selfHarm, Boolean threats, Boolean locationShared,
                             Boolean blackmail, Boolean intimateImages, String duration, String frequency,
                             Boolean vulnerable, Boolean isolated, String note,
                             String loweringReason) {

        static boolean yes(Boolean answer) {
            return Boolean.TRUE.equals(answer);
        }
    }

    /** called: EMERGENCY_SERVICES, PARENTS, HEALTH, POLICE, CHILD_PROTECTION, HELP_LINE. */
    public record UrgentDecision(Long escalationId, Set<String> called, Instant calledAt, String result) {
    }

    public record Referral(String kind, Long partyId, Long bodyId, String recipient, String reason, String shared) {
    }

    /** to: ACKNOWLEDGED, ACCEPTED, REJECTED, DONE, REVOKED. */
    public record Transition(String to, String note, String externalRef) {
    }

    public record TrustedAdult(String name, String role) {
    }

    public record Support(String kind, String provider, String status, String note) {
    }

    public record SupportChange(String status, String note) {
    }

    public record CheckIn(LocalDate on, String label) {
    }

    public record Created(long id) {
    }
}
