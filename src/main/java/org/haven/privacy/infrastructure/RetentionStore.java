package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The retention purge's counts and deletions, in SQL over the tables of reporting, cases, family, notify, surveys and
 * the token stores; anonymisation is {@link Anonymisation}'s, legal holds {@link LegalHoldStore}'s. A deliberate exception to "one feature, its own tables": retention must act on every feature's rows in
 * one transaction with its audit entry, and the rules are easier to check in one place.
 */
@ApplicationScoped
public class RetentionStore {

    /** Most rows one run touches per class: a long backlog is worked off night after night, in short transactions. */
    public static final int BATCH = 500;

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    public List<Long> unfollowedReports(Instant limit) {
        return ids("SELECT r.id FROM report r WHERE r.status = 'CLOSED' AND r.anonymised_at IS NULL"
                + " AND r.last_activity_at < ?1 AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.report_id = r.id)"
                + " ORDER BY r.id LIMIT " + BATCH, limit);
    }

    public List<Long> closedCases(Instant limit) {
        return ids("SELECT id FROM case_file WHERE status = 'CLOSED' AND closed_at < ?1 AND anonymised_at IS NULL"
                + " AND legal_hold_at IS NULL ORDER BY id LIMIT " + BATCH, limit);
    }

    /** Closed cases past the limit that a legal hold keeps. */
    public long heldCases(Instant limit) {
        return number("SELECT COUNT(*) FROM case_file WHERE status = 'CLOSED' AND closed_at < ?1"
                + " AND anonymised_at IS NULL AND legal_hold_at IS NOT NULL", limit);
    }

    public long messagesOf(List<Long> reports, List<Long> cases) {
        long n = 0;
        if (!reports.isEmpty()) {
            n += number("SELECT COUNT(*) FROM report_message WHERE report_id IN (" + in(reports) + ")");
        }
        if (!cases.isEmpty()) {
            n += number("SELECT COUNT(*) FROM family_message WHERE case_id IN (" + in(cases) + ")");
        }
        return n;
    }

    public long auditOlderThan(Instant limit) {
        return number("SELECT COUNT(*) FROM audit_entry WHERE occurred_at < ?1", limit);
    }

    public long mailLogOlderThan(Instant limit) {
        return number("SELECT COUNT(*) FROM mail_delivery WHERE created_at < ?1 AND status IN ('SENT', 'FAILED')", limit);
    }

    /** Survey answers whose campaign closed before the limit (counted by response). */
    public long surveyResponsesClosedBefore(Instant limit) {
        return number("SELECT COUNT(*) FROM survey_response r JOIN survey_campaign c ON c.id = r.campaign_id"
                + " WHERE c.closes_on < ?1", limit);
    }

    /**
     * Deletes the answers of at most {@link #BATCH} responses whose campaign closed before the limit, then those
     * responses; the campaign and its classes stay (its page then says it holds no answers). Returns the responses.
     */
    public int deleteSurveyResponses(Instant limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT r.id FROM survey_response r JOIN survey_campaign c"
                + " ON c.id = r.campaign_id WHERE c.closes_on < ?1 ORDER BY r.id LIMIT " + BATCH)
                .setParameter(1, Timestamp.from(limit))
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> responses = ids.stream().map(o -> ((Number) o).longValue()).toList();
        em.createNativeQuery("DELETE FROM survey_answer WHERE response_id IN (" + in(responses) + ")")
                .executeUpdate();
        return em.createNativeQuery("DELETE FROM survey_response WHERE id IN (" + in(responses) + ")")
                .executeUpdate();
    }

    public long tokensExpiredBefore(Instant limit) {
        return number("SELECT COUNT(*) FROM api_token WHERE expires_at < ?1", limit)
                + number("SELECT COUNT(*) FROM report_access_token WHERE expires_at < ?1", limit);
    }

    public int deleteMailLog(Instant limit) {
        return em.createNativeQuery("DELETE FROM mail_delivery WHERE created_at < ?1 AND status IN ('SENT', 'FAILED')"
                + " LIMIT " + BATCH).setParameter(1, Timestamp.from(limit)).executeUpdate();
    }

    public int deleteExpiredTokens(Instant limit) {
        return em.createNativeQuery("DELETE FROM api_token WHERE expires_at < ?1").setParameter(1, Timestamp.from(limit))
                .executeUpdate()
                + em.createNativeQuery("DELETE FROM report_access_token WHERE expires_at < ?1")
                .setParameter(1, Timestamp.from(limit)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Instant limit) {
        var q = em.createNativeQuery(sql);
        if (limit != null) {
            q.setParameter(1, Timestamp.from(limit));
        }
        return ((List<Object>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    private long number(String sql, Instant limit) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, Timestamp.from(limit)).getSingleResult()).longValue();
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
