package org.haven.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Bounded polling for tests that wait on something outside the browser (an e-mail, a row, a port): the condition
 * is checked again every {@link #INTERVAL} until it holds or the time is up, and the failure says what was awaited
 * and what was last seen. A fixed sleep either waits too long or not long enough on a loaded machine; this waits
 * exactly as long as needed, within a limit. Plain Java, so it also runs inside the container (add it to the
 * deployment of an in-container test).
 */
public final class Awaiting {

    public static final Duration INTERVAL = Duration.ofMillis(100);

    private Awaiting() {
    }

    /** A check that may throw (JDBC, JavaMail); an exception counts as "not yet" and is reported if time runs out. */
    @FunctionalInterface
    public interface Probe<T> {
        Optional<T> get() throws Exception;
    }

    /** A yes/no check that may throw. */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Waits until the check holds, at most {@code limit}; fails with {@code what} otherwise. */
    public static void until(String what, Duration limit, Check check) {
        value(what, limit, () -> check.holds() ? Optional.of(Boolean.TRUE) : Optional.empty(), () -> "");
    }

    /**
     * Waits until the probe finds a value and returns it, at most {@code limit}; fails with {@code what} and
     * {@code lastSeen} (a description of the state when time ran out) otherwise.
     */
    public static <T> T value(String what, Duration limit, Probe<T> probe, Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + limit.toNanos();
        Exception lastError = null;
        while (true) {
            try {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (Exception e) {
                lastError = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                String seen = lastSeen.get();
                AssertionError failure = new AssertionError("Waited " + limit.toSeconds() + " s for: " + what
                        + (seen.isEmpty() ? "" : "; last seen: " + seen));
                if (lastError != null) {
                    failure.initCause(lastError);
                }
                throw failure;
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
        }
    }
}
