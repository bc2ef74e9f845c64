package org.haven.operations.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.domain.Actor;

import java.util.logging.Logger;

/**
 * {@code HAVEN_VERIFY_ON_START=true}: a few seconds after start-up, runs the {@link IntegrityCheck} once and writes
 * its result to the server log as one line starting {@code HAVEN-INTEGRITY}, which deploy/restore.sh waits for.
 * This is the restore script's entry point into the application's own checks: it needs no account and no network
 * access beyond the database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrityOnStart {

    private static final Logger LOG = Logger.getLogger(IntegrityOnStart.class.getName());

    @Inject
    @ConfigProperty(name = "haven.verify-on-start", defaultValue = "false")
    boolean verifyOnStart;

    @Inject
    IntegrityCheck check;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (verifyOnStart) {
            timers.createSingleActionTimer(2_000, new TimerConfig("integrity-on-start", false));
        }
    }

    @Timeout
    void verify() {
        try {
            IntegrityCheck.Report report = check.run(Actor.SYSTEM);
            report.evidenceBroken().forEach(line -> LOG.severe("HAVEN-INTEGRITY-BROKEN " + line));
            LOG.info("HAVEN-INTEGRITY " + report.summary());
        } catch (RuntimeException e) {
            LOG.severe("HAVEN-INTEGRITY intact=false error=" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
