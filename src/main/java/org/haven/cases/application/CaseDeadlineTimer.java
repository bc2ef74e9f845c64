package org.haven.cases.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the deadline sweep every minute (one owner in a cluster: the timer is not persistent, see docs). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(CaseDeadlineTimer.class.getName());

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        try {
            deadlines.sweep(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Case deadline sweep failed; it runs again in a minute", e);
        }
    }
}
