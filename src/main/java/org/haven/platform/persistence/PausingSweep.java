package org.haven.platform.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a timer's sweep so that a database outage pauses it quietly: the first failed run says once that the sweep
 * is paused, later failed runs say nothing, and the first run that succeeds again says it resumed. Work missed
 * meanwhile is done by that run (the sweeps select what is due, not what fell in the last minute). Any other
 * failure is logged in full, every time, as before.
 */
public final class PausingSweep {

    private final String name;
    private final Logger log;
    private boolean paused;

    public PausingSweep(String name, Logger log) {
        this.name = name;
        this.log = log;
    }

    /** Runs the work once (timers of one instance never overlap: their beans are singletons). */
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
