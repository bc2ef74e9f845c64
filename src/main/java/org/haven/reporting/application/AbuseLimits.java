package org.haven.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.security.RateLimiter;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits on the anonymous doors, per client and in memory only: reports created per hour, failed receipt
 * attempts per ten minutes (haven.limits.* in configuration).
 */
@ApplicationScoped
public class AbuseLimits {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.limits.reports-per-hour", defaultValue = "10")
    int reportsPerHour;

    @Inject
    @ConfigProperty(name = "haven.limits.receipt-failures-per-10-minutes", defaultValue = "5")
    int receiptFailures;

    private RateLimiter reports;
    private RateLimiter receipts;

    @PostConstruct
    void init() {
        reports = new RateLimiter(clock, reportsPerHour, Duration.ofHours(1));
        receipts = new RateLimiter(clock, receiptFailures, Duration.ofMinutes(10));
    }

    /** Whether this client may send a report now (invalid attempts do not count, sent reports do). */
    public boolean mayReport(String client) {
        return reports.allows(client);
    }

    public void reported(String client) {
        reports.record(client);
    }

    public boolean mayTryReceipt(String client) {
        return receipts.allows(client);
    }

    public void receiptFailed(String client) {
        receipts.record(client);
    }
}
