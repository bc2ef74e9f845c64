package org.haven.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.linking.domain.LinkingRepository;
import org.haven.reporting.application.ReportHandover;
import org.haven.reporting.application.ReportReceived;

import java.util.List;

/**
 * Takes the signals of the reports received before related reports existed (issue 20), a batch at a time, so that
 * they are suggested too. The progress row is locked for the batch: in a cluster one instance works at a time, and a
 * batch that fails leaves the progress where it was. Each batch is audited (the system read those reports).
 */
@ApplicationScoped
public class SignalBackfill {

    /** Reports a batch at most. */
    public static final int BATCH = 200;

    @Inject
    LinkingRepository repository;

    @Inject
    ReportHandover reports;

    @Inject
    ReportSignals signals;

    @Inject
    AuditLog audit;

    /** One batch; answers how many reports it took (0 when everything is done or another instance is at it). */
    @Transactional
    public int step() {
        long[] progress = repository.lockBackfill();
        if (progress == null || progress[0] >= progress[1]) {
            return 0;
        }
        List<ReportReceived> batch = reports.receivedBetween(progress[0], progress[1], BATCH);
        batch.forEach(signals::store);
        long last = batch.isEmpty() ? progress[1] : batch.getLast().reportId();
        repository.backfilledThrough(last);
        if (!batch.isEmpty()) {
            audit.record(Actor.SYSTEM.did("REPORT_SIGNALS_BACKFILLED", "report", last, null,
                    batch.size() + " report(s) up to " + last));
        }
        return batch.size();
    }
}
