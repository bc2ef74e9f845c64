package org.haven.audit.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.cluster.ClusterJobs;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, seals what was committed since the last run. Not persistent: every instance of a cluster fires
 * it, and only the holder of the lease {@value #JOB} seals (issue 17). The head's {@code SKIP LOCKED} stays as a
 * second guard on one server; on Galera a row lock is local to a node, the lease is what keeps one sealer.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealTimer {

    static final String JOB = "audit-seal";
    /** Ten turns: a holder that died is replaced within about ten seconds. */
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(AuditSealTimer.class.getName());

    @Inject
    AuditSealer sealer;

    @Inject
    ClusterJobs jobs;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            jobs.runOnce(JOB, LEASE, () -> {
                int sealed;
                do {
                    sealed = sealer.sealBatch(false);
                } while (sealed == AuditSealer.BATCH);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit sealing failed; the entries stay pending for the next run", e);
        }
    }
}
