package org.haven.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * EclipseLink retries a read that failed for want of a connection three times, sleeping five seconds before each
 * try, and no persistence property changes that: a page read during an outage would hang 15 s before failing. The
 * pool already checks every connection it hands out, so a retry finds nothing better; this turns them off through
 * the session's login (EclipseLink's API is not on Haven's compile path, hence the reflection). If that API ever
 * changes, Haven still works, only slower to fail, and says so in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoReadRetries {

    private static final Logger LOG = Logger.getLogger(NoReadRetries.class.getName());

    @PersistenceUnit(unitName = "haven")
    EntityManagerFactory factory;

    @PostConstruct
    void configure() {
        try {
            Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", false,
                    factory.getClass().getClassLoader());
            Object session = factory.unwrap(sessionType);
            Object login = session.getClass().getMethod("getDatasourceLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
            login.getClass().getMethod("setDelayBetweenConnectionAttempts", int.class).invoke(login, 0);
            LOG.info("EclipseLink read retries off: a read fails at once when the database is unreachable");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not turn EclipseLink's read retries off; reads during a database outage"
                    + " wait up to 15 s before failing", e);
        }
    }
}
