package org.haven.audit.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, seals what was committed since the last run. Not persistent: every instance of a cluster runs
 * it, and the head's {@code SKIP LOCKED} lets exactly one of them seal at a time while the others skip.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealTimer.class.getName());

    @Inject
    AuditSealer sealer;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            int sealed;
            do {
                sealed = sealer.sealBatch(false);
            } while (sealed == AuditSealer.BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit sealing failed; the entries stay pending for the next run", e);
        }
    }
}
