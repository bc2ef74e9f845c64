package org.haven.evidence.application;

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
import org.haven.evidence.infrastructure.EvidenceKeys;

import java.util.logging.Logger;

/**
 * Refuses to start without a usable evidence key outside demo mode (the message says what to set), then, a few
 * seconds after start-up and without holding up the deployment, seals every blob not yet under the active key:
 * blobs stored in clear before the vault, and blobs of an older key after a rotation.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceStartup {

    private static final Logger LOG = Logger.getLogger(EvidenceStartup.class.getName());

    @Inject
    EvidenceKeys keys;

    @Inject
    EvidenceKeyRotation rotation;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        try {
            String active = keys.ring().activeId();
            LOG.info(() -> "Evidence vault: active key " + active + ", " + keys.ring().ids().size() + " key(s)");
        } catch (RuntimeException e) {
            LOG.severe("Evidence vault: " + e.getMessage());
            throw e;
        }
        timers.createSingleActionTimer(5_000, new TimerConfig("evidence-reseal", false));
    }

    @Timeout
    void resealPending() {
        EvidenceKeyRotation.Result r = rotation.rotatePending();
        if (r.resealed() + r.failed() > 0) {
            LOG.info(() -> "Evidence vault: " + r.resealed() + " blob(s) sealed under key " + r.activeKeyId()
                    + ", " + r.failed() + " left because they failed verification");
        }
    }
}
