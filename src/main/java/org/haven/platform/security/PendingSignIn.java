package org.haven.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in whose first step passed and whose second factor is still to be typed: kept in the session (not
 * authenticated), for at most {@link #LIFETIME_SECONDS}.
 */
public record PendingSignIn(HavenPrincipal principal, Instant since) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = "haven.pendingSignIn";
    public static final long LIFETIME_SECONDS = 300;

    public boolean isFreshAt(Instant now) {
        return now.isBefore(since.plusSeconds(LIFETIME_SECONDS));
    }
}
