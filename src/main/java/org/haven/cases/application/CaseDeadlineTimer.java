package org.haven.cases.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.logging.Logger;

/** Runs the deadline sweep every minute (one owner in a cluster: the timer is not persistent, see docs). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(CaseDeadlineTimer.class.getName());
    private final PausingSweep sweep = new PausingSweep("Case deadline sweep", LOG);

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sweep.run(database, () -> deadlines.sweep(clock.instant()));
    }
}
