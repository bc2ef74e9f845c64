package org.haven.platform.security;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.platform.cluster.ClusterJobs;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Deletes API tokens a day after they expired, every hour: a token table that only grows is a liability. */
@Singleton
public class ApiTokenPurge {

    private static final Logger LOG = Logger.getLogger(ApiTokenPurge.class.getName());

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClusterJobs jobs;

    @Resource
    SessionContext context;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    private final PausingSweep sweep = new PausingSweep("API token purge", LOG);

    /**
     * The timer runs outside a transaction and starts one only when the database answers: a run that failed inside
     * its transaction twice in a row (run, then redelivery) would make Payara remove the timer (issue 13).
     */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        sweep.run(database, () -> jobs.runOnce("api-token-purge", Duration.ofMinutes(30),
                () -> context.getBusinessObject(ApiTokenPurge.class).purgeExpired()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void purgeExpired() {
        int deleted = em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :limit")
                .setParameter("limit", clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " expired API token(s)");
        }
    }
}
