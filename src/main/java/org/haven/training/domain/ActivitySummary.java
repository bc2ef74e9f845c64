package org.haven.training.domain;

import java.time.Instant;

/** What one person has done in one module, summed up for compliance. */
public record ActivitySummary(long accountId, String moduleId, Instant lastActivity, Instant lastIssued,
                              boolean validCertificate) {
}
