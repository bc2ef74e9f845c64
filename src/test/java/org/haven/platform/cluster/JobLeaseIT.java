package org.haven.platform.cluster;

import org.haven.testing.Db;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two owners asking for one lease at the same instant, on the real MariaDB schema (V22) that the shared server
 * migrated: at most one of them ever holds it, whatever the round (vacant, held, expired). Runs in the
 * shared-server execution for its database only; the application's own jobs use other lease names.
 */
@OnSharedServer
class JobLeaseIT {

    private static final Duration TTL = Duration.ofSeconds(90);
    private static final int ROUNDS = 150;

    private final DataSource database = new TestDataSource();
    private final JdbcLeaseStore store = new JdbcLeaseStore(database);
    private final String job = "it-" + UUID.randomUUID().toString().substring(0, 12);

    /** The shared server migrates the schema when it starts (the test only needs that). */
    @BeforeAll
    static void schemaMigrated() {
        SharedServer.url();
    }

    @Test
    void twoOwnersAskingAtOnceNeverBothHoldTheLease() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Instant now = Instant.parse("2026-12-07T10:00:00Z");
            int heldByOne = 0;
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Instant at = now;
                List<Future<Boolean>> asks = new ArrayList<>();
                for (String owner : List.of("A", "B")) {
                    Callable<Boolean> ask = () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return store.tryTake(job, owner, at, TTL);
                    };
                    asks.add(pool.submit(ask));
                }
                boolean a = asks.get(0).get(30, TimeUnit.SECONDS);
                boolean b = asks.get(1).get(30, TimeUnit.SECONDS);
                assertFalse(a && b, "both owners held the lease in round " + round);
                if (a || b) {
                    heldByOne++;
                    assertEquals(a ? "A" : "B", owner(), "the row names the owner that was told it holds it");
                }
                // Every third round lets the lease expire, so that both race for a take-over, not only renewals.
                now = now.plus(round % 3 == 2 ? TTL : Duration.ofSeconds(30));
            }
            Logger.getLogger(JobLeaseIT.class.getName()).info("Lease held by exactly one owner in " + heldByOne
                    + " of " + ROUNDS + " rounds (the others: a conflict answered 'not held' to both)");
            assertTrue(heldByOne >= ROUNDS / 2, "the lease was held in only " + heldByOne + " rounds");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHolderRenewsOthersWaitForExpiryAndAReleaseFreesItAtOnce() {
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        assertTrue(store.tryTake(job, "A", t0, TTL));
        assertFalse(store.tryTake(job, "B", t0.plusSeconds(60), TTL));
        assertTrue(store.tryTake(job, "A", t0.plusSeconds(60), TTL), "renewed until t0 + 150 s");
        assertFalse(store.tryTake(job, "B", t0.plusSeconds(149), TTL));
        assertTrue(store.tryTake(job, "B", t0.plusSeconds(150), TTL), "taken over at expiry");
        assertFalse(store.tryTake(job, "A", t0.plusSeconds(151), TTL));
        store.release(job, "B");
        assertTrue(store.tryTake(job, "A", t0.plusSeconds(152), TTL), "released by B");
        assertEquals("A", owner());
    }

    private String owner() {
        try (Connection c = Db.connect();
             PreparedStatement s = c.prepareStatement("SELECT owner FROM job_lease WHERE job = ?")) {
            s.setString(1, job);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no row for " + job);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test database, one new connection a call, as the application's pool hands them out (autocommit). */
    private static final class TestDataSource implements DataSource {
        @Override
        public Connection getConnection() {
            return Db.connect();
        }

        @Override
        public Connection getConnection(String user, String password) {
            return Db.connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
