package org.haven.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;

/**
 * Declares Haven's data source (values from MicroProfile Config: HAVEN_DB_URL, HAVEN_DB_USER,
 * HAVEN_DB_PASSWORD) and brings the schema up to date with Flyway before anything else runs.
 * A failed migration stops the deployment: the application never runs on a schema it does not know.
 *
 * <p>The pool survives a database restart (issue 13): every connection is checked against the server before it is
 * handed out ({@code Connection.isValid}, a round trip; Connector/J 3's meta-data check never leaves the client), a
 * broken one makes the pool drop all of them ({@code fail-all-connections}), a caller waits at most
 * {@code max-wait-time-in-millis} for a free connection, and {@link FailFastDataSource} (pooled for local
 * transactions through {@link LocalTxDataSource}: Galera refuses XA) bounds connecting and
 * reading. So while the database is down a request fails within a few seconds (answered 503, see
 * {@link DatabaseOutage}), and the first request after it is back gets a fresh connection.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.haven.platform.persistence.LocalTxDataSource",
        url = "${MPCONFIG=haven.db.url}",
        user = "${MPCONFIG=haven.db.user}",
        password = "${MPCONFIG=haven.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=3000",
                "fish.payara.connection-creation-retry-attempts=0"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/haven";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Inject
    @ConfigProperty(name = "haven.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "haven.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "haven.db.password")
    String password;

    /**
     * Migrates through a connection of its own, outside the container's (XA) transactions, which would refuse
     * Flyway's commits.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }
}
