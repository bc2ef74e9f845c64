package org.haven.insight.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a figure's rows are: one per category, school, month, delay bucket, channel, the two sides of a flag, on
 * time / late, protocol step, kind (of referral or takedown), outcome (where a referral or takedown stands), staff
 * role, or training standing.
 */
public enum Breakdown {
    CATEGORY, SCHOOL, MONTH, DELAY, CHANNEL, URGENT, ANONYMOUS, WITNESS, TIMELINESS, STEP, KIND, OUTCOME, ROLE,
    STATUS;

    /** The breakdown named in a request ({@code by=school}), any letter case. */
    public static Optional<Breakdown> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Breakdown b : values()) {
            if (b.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
