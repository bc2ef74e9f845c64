package org.haven.platform.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, unreachable, or a pool with no connection to give)
 * from every other failure, by walking an exception's causes. The container and JPA wrap the driver's error
 * several times over ({@code TransactionalException}, {@code PersistenceException}, EclipseLink's
 * {@code DatabaseException}, the pool's {@code ResourceException}), so the type thrown says nothing by itself.
 * An outage is answered 503 with Retry-After, never 500: nothing is wrong with the request, it can be sent again.
 */
public final class DatabaseOutage {

    /** What the 503 answers put in Retry-After: about the time the pool takes to reconnect after a restart. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** Class names (not types: they live in the server, not in the API) of the pool's "no connection" failures. */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.sun.enterprise.resource.allocator.ResourceAllocationException",
            "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseOutage() {
    }

    /** Whether this failure, or one of its causes, says that the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && causedBy(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQLState class 08: connection exception
        }
        return POOL_FAILURES.contains(t.getClass().getName());
    }
}
