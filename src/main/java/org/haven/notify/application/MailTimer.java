package org.haven.notify.application;

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
 * Every minute, sends the e-mails whose (re)try is due. Every instance fires the timer; only the holder of the lease
 * {@value #JOB} sends, since row locks alone do not stop two Galera nodes from sending one e-mail twice (issue 17).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimer {

    static final String JOB = "mail-retries";
    static final Duration LEASE = Duration.ofSeconds(90);
    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());
    private final PausingSweep sweep = new PausingSweep("E-mail retry sweep", LOG);

    @Inject
    MailDeliveries deliveries;

    @Inject
    Clock clock;

    @Inject
    ClusterJobs jobs;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sweep.run(database, () -> jobs.runOnce(JOB, LEASE, () -> deliveries.sendDue(clock.instant())));
    }
}
