package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.insight.domain.CountStore;

/**
 * Moves the increments that reports and cases appended (insight_pending) into the counters, a batch per
 * transaction. Until then the dashboards add them themselves, so a figure never waits for a fold.
 */
@ApplicationScoped
public class InsightFold {

    /** Increments folded per transaction. */
    public static final int BATCH = 5_000;

    @Inject
    CountStore store;

    /** One batch, in its own transaction; the number folded (0: nothing pending, or another instance folds). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int batch() {
        return store.fold(BATCH);
    }
}
