package org.haven.training.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a person stands with a module assigned to them: trained (a valid certificate), late (due date passed
 * without one), in progress (started since their last certificate, if any) or not started.
 */
public enum ComplianceStatus {
    TRAINED, LATE, IN_PROGRESS, NOT_STARTED;

    /**
     * @param validCertificate whether the person holds a certificate of the module that has not expired
     * @param lastActivity     the latest lesson completed or quiz attempt, or null
     * @param lastIssued       when their latest certificate of the module (valid or not) was issued, or null
     * @param due              the due date of the assignment, or null when none applies
     * @param today            today in the district
     */
    public static ComplianceStatus of(boolean validCertificate, Instant lastActivity, Instant lastIssued,
                                      LocalDate due, LocalDate today) {
        if (validCertificate) {
            return TRAINED;
        }
        if (due != null && due.isBefore(today)) {
            return LATE;
        }
        boolean started = lastActivity != null && (lastIssued == null || lastActivity.isAfter(lastIssued));
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
