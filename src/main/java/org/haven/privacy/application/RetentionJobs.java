package org.haven.privacy.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.audit.domain.Actor;
import org.haven.platform.cluster.ClusterJobs;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The retention purge every night (after the evidence vault's, 03:17). Non-persistent timer: in a cluster every
 * instance's timer fires and the holder of the database lease {@value #JOB} alone purges (one run, one set of audit
 * entries). A database outage skips a run.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJobs {

    private static final Logger LOG = Logger.getLogger(RetentionJobs.class.getName());
    static final String JOB = "retention-purge";
    static final Duration LEASE = Duration.ofMinutes(30);

    private final PausingSweep purge = new PausingSweep("Retention purge", LOG);

    @Inject
    ClusterJobs jobs;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Inject
    Retention retention;

    @Schedule(hour = "3", minute = "47", persistent = false)
    public void purgeNightly() {
        purge.run(database, () -> jobs.runOnce(JOB, LEASE, () -> retention.purge(Actor.SYSTEM)));
    }
}
