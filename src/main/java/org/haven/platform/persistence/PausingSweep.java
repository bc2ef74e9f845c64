package org.haven.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a timer's sweep so that a database outage pauses it quietly: the first failed run says once that the sweep
 * is paused, later failed runs say nothing, and the first run that succeeds again says it resumed. Work missed
 * meanwhile is done by that run (the sweeps select what is due, not what fell in the last minute). Any other
 * failure is logged in full, every time, as before.
 *
 * <p>The database is first asked, outside any transaction, whether it answers: a sweep whose transaction fails to
 * get a connection leaves the EJB timer's delivery failed even though the failure is caught, and Payara removes a
 * timer after two failed deliveries in a row (seen in DatabaseOutageIT: "EJB5119: Expunging timer ... after [2]
 * failed deliveries"), which would stop the sweep for good.
 */
public final class PausingSweep {

    private static final int PROBE_SECONDS = 3;
    private final String name;
    private final Logger log;
    private boolean paused;

    public PausingSweep(String name, Logger log) {
        this.name = name;
        this.log = log;
    }

    /**
     * Runs the work once if the database answers (timers of one instance never overlap: their beans are
     * singletons). Call it outside any transaction.
     */
    public synchronized void run(DataSource database, Runnable work) {
        run(() -> {
            try (Connection c = database.getConnection()) {
                if (!c.isValid(PROBE_SECONDS)) {
                    throw new SQLTransientConnectionException("The database did not answer within " + PROBE_SECONDS
                            + " s", "08000");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            work.run();
        });
    }

    /** Runs the work once, without asking the database first (for tests, and work that needs no transaction). */
    public synchronized void run(Runnable work) {
        try {
            work.run();
            if (paused) {
                paused = false;
                log.info(() -> name + " resumed: the database answers again");
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                log.log(Level.WARNING, name + " failed; it runs again at its next turn", e);
            } else if (!paused) {
                paused = true;
                log.warning(() -> name + " paused: the database cannot be reached; it resumes by itself");
            }
        }
    }

    public synchronized boolean paused() {
        return paused;
    }
}
