package org.haven.platform.persistence;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures count as the database being unreachable, and how a sweep pauses and resumes on them. */
class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInsideTheContainersWrappingIsAnOutage() {
        var driver = new SQLNonTransientConnectionException("Socket fail to connect to host:address=127.0.0.1", "08000");
        var jpa = new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("wrapped", driver));
        assertTrue(DatabaseOutage.causedBy(new TransactionalException("rolled back", jpa)));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
    }

    @Test
    void aChainedSqlExceptionIsFollowed() {
        SQLException first = new SQLException("batch failed", "HY000");
        first.setNextException(new SQLException("connection reset", "08S01"));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(first)));
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("Lock wait timeout exceeded", "HY000")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(b));
    }

    @Test
    void aSweepDoesNotStartItsWorkWhileTheDatabaseDoesNotAnswer() {
        Logger log = Logger.getLogger("test.probe." + System.nanoTime());
        log.setUseParentHandlers(false);
        javax.sql.DataSource down = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{javax.sql.DataSource.class}, (proxy, method, args) -> {
                    throw new SQLNonTransientConnectionException("Socket fail to connect", "08000");
                });
        PausingSweep sweep = new PausingSweep("Probe sweep", log);
        List<Integer> done = new ArrayList<>();

        sweep.run(down, () -> done.add(1));

        assertEquals(List.of(), done, "no transaction is started against a database that does not answer");
        assertTrue(sweep.paused());
    }

    @Test
    void aSweepPausesOnceQuietlyAndSaysWhenItResumes() {
        Logger log = Logger.getLogger("test.sweep." + System.nanoTime());
        log.setUseParentHandlers(false);
        List<LogRecord> records = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        PausingSweep sweep = new PausingSweep("Test sweep", log);
        RuntimeException down = new PersistenceException(new SQLNonTransientConnectionException("down", "08000"));
        List<Integer> done = new ArrayList<>();

        sweep.run(() -> done.add(1));
        for (int i = 0; i < 5; i++) {
            sweep.run(() -> {
                throw down;
            });
        }
        assertTrue(sweep.paused());
        assertEquals(1, records.size(), "one line for the whole outage");
        assertTrue(records.getFirst().getMessage().contains("paused"));
        assertEquals(null, records.getFirst().getThrown(), "no stack trace for an outage");

        sweep.run(() -> done.add(2));
        assertFalse(sweep.paused());
        assertEquals(List.of(1, 2), done);
        assertEquals(2, records.size());
        assertTrue(records.get(1).getMessage().contains("resumed"));

        sweep.run(() -> {
            throw new IllegalStateException("a bug");
        });
        assertEquals(3, records.size());
        assertEquals("a bug", records.get(2).getThrown().getMessage(), "any other failure keeps its stack trace");
        assertFalse(sweep.paused());
    }
}
