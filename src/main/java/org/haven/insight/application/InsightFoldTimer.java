package org.haven.insight.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, folds what reports and cases counted since the last run. Not persistent: every instance of a
 * cluster runs it, and the fold head's {@code SKIP LOCKED} lets one of them fold at a time while the others skip
 * (as the audit sealer does).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightFoldTimer {

    private static final Logger LOG = Logger.getLogger(InsightFoldTimer.class.getName());

    @Inject
    InsightFold fold;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void everyTwoSeconds() {
        try {
            int folded;
            do {
                folded = fold.batch();
            } while (folded == InsightFold.BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the statistics' increments failed; they stay pending for the next run", e);
        }
    }
}
