package org.haven.reporting.domain;

import java.time.Instant;
import java.util.Optional;

/** Storage of the bearer tokens that open one report each, kept only as their SHA-256. */
public interface ReportTokenStore {

    void add(String tokenHash, long reportId, Instant expiresAt);

    /** The report a token opens, while it has not expired. */
    Optional<Long> reportOf(String tokenHash, Instant now);

    /** Deletes the tokens expired before this instant. */
    void purgeExpiredBefore(Instant limit);
}
