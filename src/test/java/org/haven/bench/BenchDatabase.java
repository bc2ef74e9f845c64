package org.haven.bench;

import org.flywaydb.core.Flyway;
import org.haven.platform.embedded.EmbeddedMariaDb;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * An embedded MariaDB in a fresh temporary folder with Haven's schema migrated, and one connection to it, for the
 * benchmarks (port {@code haven.bench.port}, default 3399).
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedMariaDb db;
    private final Connection connection;

    private BenchDatabase(EmbeddedMariaDb db, Connection connection) {
        this.db = db;
        this.connection = connection;
    }

    static BenchDatabase start() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Files.createTempDirectory("haven-bench-db"),
                Integer.getInteger("haven.bench.port", 3399), "haven_bench", true);
        String url = db.jdbcUrl("haven_bench");
        Flyway.configure().dataSource(url, db.user(), db.password())
                .locations("classpath:db/migration").load().migrate();
        return new BenchDatabase(db, DriverManager.getConnection(url, db.user(), db.password()));
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws Exception {
        try (EmbeddedMariaDb stopped = db) {
            connection.close();
        }
    }
}
