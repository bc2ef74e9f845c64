package org.haven.platform.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A clean stop on SIGTERM. The JVM's own handling of SIGTERM runs Payara's shutdown at once, which cuts the requests
 * in flight (a report being uploaded, a receipt not yet shown). This handler takes SIGTERM over: the first one stops
 * letting new work in, waits up to {@code haven.shutdown.drain-seconds} for the work in flight, then starts the
 * normal shutdown; a second one stops the JVM at once. The previous handler is put back when the application is
 * undeployed.
 */
@Singleton
@Startup
public class SigtermDrain {

    private static final Logger LOG = Logger.getLogger(SigtermDrain.class.getName());
    private static final Signal TERM = new Signal("TERM");

    @Inject
    ShutdownDrain drain;

    @Inject
    @ConfigProperty(name = "haven.shutdown.drain-seconds", defaultValue = "30")
    int drainSeconds;

    private final AtomicInteger received = new AtomicInteger();
    private SignalHandler previous;

    @PostConstruct
    void install() {
        try {
            previous = Signal.handle(TERM, this::onTerm);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.warning("SIGTERM cannot be handled (" + e.getMessage() + "): a stop will not wait for requests");
        }
    }

    @PreDestroy
    void uninstall() {
        if (previous != null && received.get() == 0) {
            Signal.handle(TERM, previous);
        }
    }

    private void onTerm(Signal signal) {
        if (received.incrementAndGet() > 1) {
            LOG.warning("Second SIGTERM: stopping at once");
            Runtime.getRuntime().halt(143);
        }
        Thread stopper = new Thread(this::drainThenExit, "haven-drain");
        stopper.setDaemon(false);
        stopper.start();
    }

    private void drainThenExit() {
        drain.startDraining();
        LOG.info(() -> "SIGTERM: no new requests; waiting up to " + drainSeconds + " s for " + drain.inFlight()
                + " in flight");
        try {
            boolean idle = drain.awaitIdle(Duration.ofSeconds(drainSeconds));
            LOG.info(idle ? "All requests in flight finished: stopping"
                    : "Still " + drain.inFlight() + " in flight after " + drainSeconds + " s: stopping anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }
}
