package org.haven.notify.application;

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

/** Every minute, sends the e-mails whose (re)try is due (not persistent: each instance runs it; rows are locked). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimer {

    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());
    private final PausingSweep sweep = new PausingSweep("E-mail retry sweep", LOG);

    @Inject
    MailDeliveries deliveries;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sweep.run(database, () -> deliveries.sendDue(clock.instant()));
    }
}
