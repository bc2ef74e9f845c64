package org.haven.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.privacy.domain.DataClass;
import org.haven.privacy.infrastructure.Anonymisation;
import org.haven.privacy.infrastructure.RetentionStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention per data class: what the next purge would do (the dry run the district admin reads), and the purge
 * itself (nightly, or on demand), each class's result audited in the purge's transaction. A legal hold on a case
 * keeps it and its report whatever their age. Periods come from configuration (haven.retention.*; evidence keeps
 * haven.evidence.retention-days); defaults and their grounds are in docs/privacy.md.
 */
@ApplicationScoped
public class Retention {

    public static final String PURGED = "RETENTION_PURGED";

    @Inject
    RetentionStore store;

    @Inject
    Anonymisation anonymisation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /**
     * One data class in the plan: its period, whether Haven's purge acts on it, how many rows the next run would
     * anonymise or delete (null when another job or nobody acts on it), and how many a legal hold keeps.
     */
    public record Line(DataClass dataClass, int days, boolean purgedHere, Long due, long held) {
    }

    public int days(DataClass c) {
        String property = c == DataClass.EVIDENCE ? "haven.evidence.retention-days" : c.property();
        return config.getOptionalValue(property, Integer.class).orElse(c.defaultDays());
    }

    Instant limit(DataClass c) {
        return clock.instant().minus(Duration.ofDays(days(c)));
    }

    /** What the next purge would remove, per class: nothing is changed. */
    @Transactional
    public List<Line> dryRun() {
        List<Long> reports = store.unfollowedReports(limit(DataClass.UNFOLLOWED_REPORTS));
        List<Long> cases = store.closedCases(limit(DataClass.CLOSED_CASES));
        List<Line> lines = new ArrayList<>();
        for (DataClass c : DataClass.values()) {
            Long due = switch (c) {
                case UNFOLLOWED_REPORTS -> (long) reports.size();
                case CLOSED_CASES -> (long) cases.size();
                case MESSAGES -> store.messagesOf(reports, cases);
                case AUDIT -> store.auditOlderThan(limit(c));
                case MAIL_LOG -> store.mailLogOlderThan(limit(c));
                case TOKENS -> store.tokensExpiredBefore(limit(c));
                case SURVEY_ANSWERS -> store.surveyResponsesClosedBefore(limit(c));
                case EVIDENCE -> null;
            };
            long held = c == DataClass.CLOSED_CASES ? store.heldCases(limit(c)) : 0;
            lines.add(new Line(c, days(c), c.purgedHere(), due, held));
        }
        return lines;
    }

    /** Runs the purge now (at most {@link RetentionStore#BATCH} reports and cases a run); returns what it did. */
    @Transactional
    public List<Line> purge(Actor actor) {
        List<Line> plan = dryRun();
        List<Long> reports = store.unfollowedReports(limit(DataClass.UNFOLLOWED_REPORTS));
        List<Long> cases = store.closedCases(limit(DataClass.CLOSED_CASES));
        Instant now = clock.instant();
        anonymisation.anonymiseReports(reports, now);
        anonymisation.anonymiseCases(cases, now);
        int mails = store.deleteMailLog(limit(DataClass.MAIL_LOG));
        int tokens = store.deleteExpiredTokens(limit(DataClass.TOKENS));
        int responses = store.deleteSurveyResponses(limit(DataClass.SURVEY_ANSWERS));
        record(actor, DataClass.UNFOLLOWED_REPORTS, reports.size(), "anonymised");
        record(actor, DataClass.CLOSED_CASES, cases.size(), "anonymised; held " + plan.get(1).held());
        record(actor, DataClass.MAIL_LOG, mails, "deleted");
        record(actor, DataClass.TOKENS, tokens, "deleted");
        record(actor, DataClass.SURVEY_ANSWERS, responses, "responses deleted");
        return plan;
    }

    private void record(Actor actor, DataClass c, long n, String what) {
        audit.record(actor.did(PURGED, "retention", c.name(), null, n + " " + what + " (" + days(c) + " days)"));
    }
}
