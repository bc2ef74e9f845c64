package org.haven.evidence.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.cluster.ClusterJobs;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The vault's scheduled work, each run audited by the service it calls: takedown reminders every morning,
 * the retention purge every night. Non-persistent timers: in a cluster each instance fires them and only the
 * holder of the job's lease does the work, so that staff get one reminder, not one per instance (issue 17).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceJobs {

    /** Longer than any clock skew between instances firing the same daily timer; gone long before the next day. */
    static final Duration LEASE = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(EvidenceJobs.class.getName());
    /** A database outage skips a run quietly (issue 13): a timer that fails twice in a row is removed by Payara. */
    private final PausingSweep reminders = new PausingSweep("Takedown reminders", LOG);
    private final PausingSweep purge = new PausingSweep("Evidence retention purge", LOG);

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Inject
    Takedowns takedowns;

    @Inject
    ClusterJobs jobs;

    @Inject
    EvidenceRetention retention;

    @Schedule(hour = "8", minute = "5", persistent = false)
    public void remindTakedowns() {
        reminders.run(database, () -> jobs.runOnce("evidence-takedown-reminders", LEASE, () -> {
            int n = takedowns.remindUnanswered();
            if (n > 0) {
                LOG.info(() -> n + " takedown request(s) without answer: staff reminded");
            }
        }));
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purgeExpiredEvidence() {
        purge.run(database, () -> jobs.runOnce("evidence-retention-purge", LEASE, () -> {
            EvidenceRetention.Result r = retention.purgeExpired();
            if (r.purged() > 0) {
                LOG.info(() -> "Evidence retention: " + r.purged() + " file(s) purged");
            }
        }));
    }
}
