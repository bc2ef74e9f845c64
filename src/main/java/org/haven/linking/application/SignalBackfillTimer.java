package org.haven.linking.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.persistence.PausingSweep;

import java.util.logging.Logger;
import javax.sql.DataSource;

/** Runs the signal backfill every minute, a few batches at a time, until the older reports are all done. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignalBackfillTimer {

    /** Batches a minute at most: the backfill never holds the database for long. */
    static final int BATCHES = 5;

    private static final Logger LOG = Logger.getLogger(SignalBackfillTimer.class.getName());
    private final PausingSweep sweep = new PausingSweep("Related-report signal backfill", LOG);

    @Inject
    SignalBackfill backfill;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sweep.run(database, () -> {
            for (int i = 0; i < BATCHES && backfill.step() > 0; i++) {
                LOG.fine("signal backfill batch done");
            }
        });
    }
}
