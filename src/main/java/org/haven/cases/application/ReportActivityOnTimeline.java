package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.EventKind;
import org.haven.reporting.application.ReportActivity;

/**
 * Puts what happens on a report (messages, files) on the timeline of the case opened from it or the case it is
 * attached to (issue 20), if any.
 */
@ApplicationScoped
public class ReportActivityOnTimeline {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    void onActivity(@Observes ReportActivity activity) {
        cases.byReport(activity.reportId()).or(() -> cases.liveAttachment(activity.reportId())
                .flatMap(a -> cases.byId(a.caseId()))).ifPresent(c -> {
            boolean fromReporter = activity.kind() != ReportActivity.Kind.MESSAGE_FROM_STAFF;
            EventKind kind = activity.kind() == ReportActivity.Kind.EVIDENCE_FROM_REPORTER ? EventKind.EVIDENCE_ADDED
                    : EventKind.MESSAGE;
            engine.record(c, kind, activity.staffAccountId(), fromReporter ? "@reporter" : activity.staffName(),
                    null, null, false, fromReporter, activity.at());
        });
    }
}
