package org.haven.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Leases in table {@code job_lease} (V22), each taken by one statement that commits alone: a conditional UPDATE
 * with the rule of {@link Lease#freeFor} in its WHERE clause, or, for a job without a row yet, an INSERT IGNORE.
 * No row lock is held between statements, so that the rule holds on Galera as on one server: there, two nodes
 * changing the row at once are told apart by certification and the loser gets an error, read here as "not held".
 */
public final class JdbcLeaseStore implements LeaseStore {

    private static final Logger LOG = Logger.getLogger(JdbcLeaseStore.class.getName());

    private static final String TAKE = "UPDATE job_lease SET owner = ?, expires_ms = ?, taken_ms = ?, turns = turns + 1"
            + " WHERE job = ? AND (owner = ? OR expires_ms <= ?)";
    private static final String FIRST = "INSERT IGNORE INTO job_lease (job, owner, expires_ms, taken_ms, turns)"
            + " VALUES (?, ?, ?, ?, 1)";
    private static final String RELEASE = "UPDATE job_lease SET expires_ms = 0 WHERE job = ? AND owner = ?";

    private final DataSource database;

    public JdbcLeaseStore(DataSource database) {
        this.database = database;
    }

    @Override
    public boolean tryTake(String job, String owner, Instant now, Duration ttl) {
        long nowMs = now.toEpochMilli();
        long until = now.plus(ttl).toEpochMilli();
        try (Connection c = database.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                int changed;
                try (PreparedStatement take = c.prepareStatement(TAKE)) {
                    take.setString(1, owner);
                    take.setLong(2, until);
                    take.setLong(3, nowMs);
                    take.setString(4, job);
                    take.setString(5, owner);
                    take.setLong(6, nowMs);
                    changed = take.executeUpdate();
                }
                if (changed == 0) {
                    try (PreparedStatement first = c.prepareStatement(FIRST)) {
                        first.setString(1, job);
                        first.setString(2, owner);
                        first.setLong(3, until);
                        first.setLong(4, nowMs);
                        changed = first.executeUpdate();
                    }
                }
                if (!autoCommit) {
                    c.commit();
                }
                return changed == 1;
            } catch (SQLException e) {
                if (!autoCommit) {
                    c.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            // A deadlock or certification failure (Galera) means another owner changed the row at the same moment.
            LOG.log(Level.FINE, () -> "Lease " + job + " not taken: " + e.getMessage());
            if (isConflict(e)) {
                return false;
            }
            throw new IllegalStateException("Lease " + job + " could not be asked for", e);
        }
    }

    @Override
    public void release(String job, String owner) {
        try (Connection c = database.getConnection();
             PreparedStatement release = c.prepareStatement(RELEASE)) {
            release.setString(1, job);
            release.setString(2, owner);
            release.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            LOG.log(Level.INFO, () -> "Lease " + job + " not released (it expires by itself): " + e.getMessage());
        }
    }

    /** MariaDB 1213 (deadlock, also Galera's certification failure) and 1205 (lock wait timeout), SQLState 40001. */
    static boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 1213 || s.getErrorCode() == 1205
                    || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
