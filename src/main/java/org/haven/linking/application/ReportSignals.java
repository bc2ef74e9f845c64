package org.haven.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.haven.linking.domain.LinkingRepository;
import org.haven.linking.domain.ReportSignal;
import org.haven.linking.domain.ReportText;
import org.haven.linking.domain.SignalExtractor;
import org.haven.reporting.application.ReportReceived;

/**
 * Takes a report's signals as it arrives, in the transaction that stores it (a report and its signals commit
 * together), so that finding related reports later is an indexed query on normalised values, never a scan of texts.
 */
@ApplicationScoped
public class ReportSignals {

    @Inject
    LinkingRepository repository;

    void onReceived(@Observes ReportReceived r) {
        store(r);
    }

    /** Extracts and stores the signals of one report, in the caller's transaction. */
    public void store(ReportReceived r) {
        SignalExtractor.extract(new ReportText(r.description(), r.involved(), r.linkUrls(), r.platforms(),
                        r.occurredOn(), r.witness(), r.reporterClass()))
                .forEach(s -> repository.add(new ReportSignal(r.reportId(), r.schoolId(), s, r.receivedAt())));
    }
}
