package org.haven.cases.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.cluster.ClusterJobs;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the deadline sweep every minute. Every instance of a cluster fires the timer (it is not persistent); only the
 * holder of the lease {@value #JOB} sweeps, so that a late step is escalated once (issue 17).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseDeadlineTimer {

    static final String JOB = "case-deadlines";
    /** Renewed every minute by its holder; another instance takes over within two turns after it died. */
    static final Duration LEASE = Duration.ofSeconds(90);
    private static final Logger LOG = Logger.getLogger(CaseDeadlineTimer.class.getName());
    private final PausingSweep sweep = new PausingSweep("Case deadline sweep", LOG);

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Clock clock;

    @Inject
    ClusterJobs jobs;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sweep.run(database, () -> jobs.runOnce(JOB, LEASE, () -> deadlines.sweep(clock.instant())));
    }
}
