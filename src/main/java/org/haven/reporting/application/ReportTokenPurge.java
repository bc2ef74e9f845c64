package org.haven.reporting.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.cluster.ClusterJobs;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;
import org.haven.reporting.domain.ReportTokenStore;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Deletes report tokens a day after they expired, every hour. */
@Singleton
public class ReportTokenPurge {

    @Inject
    ReportTokenStore tokens;

    @Inject
    Clock clock;

    @Inject
    ClusterJobs jobs;

    @Resource
    SessionContext context;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    private final PausingSweep sweep = new PausingSweep("Report token purge",
            Logger.getLogger(ReportTokenPurge.class.getName()));

    /**
     * The timer runs outside a transaction and starts one only when the database answers: a run that failed inside
     * its transaction twice in a row (run, then redelivery) would make Payara remove the timer (issue 13).
     */
    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        sweep.run(database, () -> jobs.runOnce("report-token-purge", Duration.ofMinutes(30),
                () -> context.getBusinessObject(ReportTokenPurge.class).purgeExpired()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void purgeExpired() {
        tokens.purgeExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
