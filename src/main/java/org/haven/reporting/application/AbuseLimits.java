package org.haven.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.cluster.SharedCounters;
import org.haven.platform.security.RateLimiter;
import org.haven.reporting.domain.ReportForm;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Limits on the anonymous doors, in memory only (haven.limits.* in configuration), shared by the instances of a
 * cluster ({@link SharedCounters}). Reports: per address, high
 * enough for a whole school behind one address, and per device (the browser's session), lower. A report that
 * answers any danger question is never held back by a limit: it is taken and flagged for staff. Failed receipt
 * attempts per ten minutes.
 */
@ApplicationScoped
public class AbuseLimits {

    /** What a report meets at the door. */
    public enum Admission {
        /** Under the limits. */
        ADMITTED,
        /** Over a limit, but it answers a danger question: taken, and flagged for staff. */
        ADMITTED_OVER_LIMIT,
        /** Over a limit without danger: the author is asked to wait (the draft stays) and shown every help line. */
        WAIT;

        public boolean admitted() {
            return this != WAIT;
        }
    }

    @Inject
    Clock clock;

    @Inject
    SharedCounters counters;

    @Inject
    @ConfigProperty(name = "haven.limits.reports-per-hour", defaultValue = "10")
    int reportsPerHour;

    @Inject
    @ConfigProperty(name = "haven.limits.reports-per-hour-per-address", defaultValue = "120")
    int reportsPerHourPerAddress;

    @Inject
    @ConfigProperty(name = "haven.limits.receipt-failures-per-10-minutes", defaultValue = "5")
    int receiptFailures;

    private RateLimiter devices;
    private RateLimiter addresses;
    private RateLimiter receipts;

    @PostConstruct
    void init() {
        devices = new RateLimiter(clock, reportsPerHour, Duration.ofHours(1),
                counters.map("report-devices", Duration.ofHours(1)));
        addresses = new RateLimiter(clock, reportsPerHourPerAddress, Duration.ofHours(1),
                counters.map("report-addresses", Duration.ofHours(1)));
        receipts = new RateLimiter(clock, receiptFailures, Duration.ofMinutes(10),
                counters.map("receipt-failures", Duration.ofMinutes(10)));
    }

    /** Whether a report from this address (and device, when known; null otherwise) is taken now. */
    public Admission admit(String address, String device, ReportForm form) {
        boolean over = !addresses.allows(address) || (device != null && !devices.allows(device));
        if (!over) {
            return Admission.ADMITTED;
        }
        return answersDanger(form) ? Admission.ADMITTED_OVER_LIMIT : Admission.WAIT;
    }

    /** Counts a report that was stored (invalid attempts do not count). */
    public void reported(String address, String device) {
        addresses.record(address);
        if (device != null) {
            devices.record(device);
        }
    }

    static boolean answersDanger(ReportForm form) {
        ReportForm.RiskAnswers r = form == null ? null : form.risk();
        return r != null && Stream.of(r.immediateDanger(), r.selfHarm(), r.threats(), r.locationShared(),
                r.blackmail(), r.intimateImages()).anyMatch(Boolean.TRUE::equals);
    }

    public boolean mayTryReceipt(String client) {
        return receipts.allows(client);
    }

    public void receiptFailed(String client) {
        receipts.record(client);
    }
}
