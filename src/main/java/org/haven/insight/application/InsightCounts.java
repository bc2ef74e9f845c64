package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.DelayBucket;
import org.haven.insight.domain.Measure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The narrow door through which reporting and cases tell insight what happened, inside their own transaction: a
 * report received, a report's first staff action, a case opened or reopened, a protocol step finished, an
 * escalation fired. The counters then commit or roll back
 * with the change they count, so the figures never drift from the records and no dashboard scans the cases.
 * Carries no text of the report or case: school, category, flags and times only.
 */
@ApplicationScoped
public class InsightCounts {

    /** The channel dimension of a case opened from a confidential report / a survey's contact request / filed by staff. */
    public static final String FROM_REPORT = "REPORT";
    public static final String FROM_SURVEY = "SURVEY";
    public static final String FROM_STAFF = "STAFF";
    /** The channel dimension of a report sent through the wizard or the API (the other one is FROM_SURVEY). */
    public static final String FORM = "FORM";

    @Inject
    CountStore store;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportReceived(long schoolId, String category, boolean urgent, boolean anonymous, boolean witness,
                               boolean fromSurvey, Instant at) {
        store.increment(Measure.REPORT, day(at), schoolId, category, Measure.reportFlags(urgent, anonymous, witness));
        store.increment(Measure.REPORT_CHANNEL, day(at), schoolId, category, fromSurvey ? FROM_SURVEY : FORM);
    }

    /** A reply to the reporter or the opening of the report's case; only the first one of a report counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportActedOn(long reportId, long schoolId, String category, Instant receivedAt, Instant at) {
        if (store.firstActionOn(reportId, at)) {
            store.increment(Measure.REPORT_DELAY, day(at), schoolId, category, bucket(receivedAt, at));
        }
    }

    /**
     * A case opened; {@code reportedAt} the time of its report, null for an incident filed by staff;
     * {@code fromSurvey} when that report was a survey's contact request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(long schoolId, String category, Instant reportedAt, boolean fromSurvey, Instant at) {
        store.increment(Measure.CASE, day(at), schoolId, category,
                reportedAt == null ? FROM_STAFF : fromSurvey ? FROM_SURVEY : FROM_REPORT);
        if (reportedAt != null) {
            store.increment(Measure.CASE_DELAY, day(at), schoolId, category, bucket(reportedAt, at));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseReopened(long schoolId, String category, Instant at) {
        store.increment(Measure.CASE_REOPENED, day(at), schoolId, category, "");
    }

    /** A protocol step done or skipped; late when finished after its due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepFinished(long schoolId, String category, Instant dueAt, Instant at) {
        boolean late = dueAt != null && at.isAfter(dueAt);
        store.increment(Measure.STEP, day(at), schoolId, category, late ? Measure.LATE : Measure.ON_TIME);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(long schoolId, String category, Instant at) {
        store.increment(Measure.ESCALATION, day(at), schoolId, category, "");
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String bucket(Instant from, Instant to) {
        return DelayBucket.of(Duration.between(from, to)).name();
    }
}
