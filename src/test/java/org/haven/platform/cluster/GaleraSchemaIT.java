package org.haven.platform.cluster;

import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Galera refuses or does not replicate, checked on the schema the shared server migrated and in the sources
 * (issue 17): every table InnoDB with a primary key (Galera replicates InnoDB only, and rows of a table without a
 * primary key are applied by full scans or not at all), no explicit table locks or named locks in Haven's SQL
 * ({@code LOCK TABLES}, {@code GET_LOCK}: not replicated across nodes).
 */
@OnSharedServer
class GaleraSchemaIT {

    private static final Pattern EXPLICIT_LOCKS = Pattern.compile("LOCK\\s+TABLES?\\b|GET_LOCK\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @BeforeAll
    static void schemaMigrated() {
        SharedServer.url();
    }

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() {
        List<Map<String, Object>> bad = Db.rows("SELECT t.table_name, t.engine FROM information_schema.tables t"
                + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND (t.engine <> 'InnoDB'"
                + " OR NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema ="
                + " t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'))");
        assertEquals(List.of(), bad, "tables Galera cannot replicate safely");
        long tables = Db.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'");
        assertTrue(tables > 30, "the schema has only " + tables + " tables: not migrated?");
    }

    @Test
    void sourcesTakeNoExplicitLocks() throws IOException {
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db/migration")))) {
            found = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return EXPLICIT_LOCKS.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(p -> p.toString().toLowerCase(Locale.ROOT)).toList();
        }
        assertEquals(List.of(), found, "explicit locks are node-local on Galera");
    }
}
