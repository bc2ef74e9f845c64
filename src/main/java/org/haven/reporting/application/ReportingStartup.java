package org.haven.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Refuses to start without a receipt key: reports could not be found again by their authors, and a receipt
 * acknowledged to a frightened pupil must keep working.
 */
@Singleton
@Startup
public class ReportingStartup {

    @Inject
    ReceiptKeys keys;

    @PostConstruct
    void check() {
        if (!keys.configured()) {
            throw new IllegalStateException("Set HAVEN_RECEIPT_KEY to a secret of at least "
                    + ReceiptKeys.MIN_KEY_LENGTH + " characters (deploy/run.sh makes one for the demo; see"
                    + " docs/operations.md). Haven does not start without it.");
        }
    }
}
