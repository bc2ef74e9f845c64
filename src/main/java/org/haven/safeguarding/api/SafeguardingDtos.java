package org.haven.safeguarding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Request bodies of the safeguarding API (answers are the application's views). */
public final class SafeguardingDtos {

    private SafeguardingDtos() {
    }

    /** duration: DAYS, WEEKS, MONTHS; frequency: ONCE, SOMETIMES, DAILY. */
    public record Assessment(boolean immediateDanger, boolean selfHarm, boolean threats, boolean locationShared,
                             boolean blackmail, boolean intimateImages, String duration, String frequency,
                             boolean vulnerable, boolean isolated, String note, String loweringReason) {
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
