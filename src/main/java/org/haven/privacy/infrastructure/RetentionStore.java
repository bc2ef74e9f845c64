package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.privacy.domain.DataClass;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The retention purge's reads and writes, in SQL over the tables of reporting, cases, family, notify and the token
 * stores. A deliberate exception to "one feature, its own tables": retention must act on every feature's rows in
 * one transaction with its audit entry, and the rules (what is anonymised, what stays for statistics) are easier
 * to check in one place. Anonymisation keeps school, category, dates, status, risk flags and counts (the
 * statistics), and removes free text, names, pupils' links, form answers and messages.
 */
@ApplicationScoped
public class RetentionStore {

    /** Most rows one run touches per class: a long backlog is worked off night after night, in short transactions. */
    public static final int BATCH = 500;

    private static final String BLANK = "—";

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

    public void anonymiseReports(List<Long> reports, Instant now) {
        if (reports.isEmpty()) {
            return;
        }
        String ids = in(reports);
        em.createNativeQuery("DELETE FROM report_message WHERE report_id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("DELETE FROM report_access_token WHERE report_id IN (" + ids + ")").executeUpdate();
        // The handles, phone numbers and addresses a report mentioned, kept to find related reports.
        em.createNativeQuery("DELETE FROM report_signal WHERE report_id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("UPDATE report SET description = ?1, involved = NULL, reporter_name = NULL,"
                + " reporter_class = NULL, reporter_account_id = NULL, platforms = NULL, anonymised_at = ?2"
                + " WHERE id IN (" + ids + ")").setParameter(1, BLANK).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    public void anonymiseCases(List<Long> cases, Instant now) {
        if (cases.isEmpty()) {
            return;
        }
        String ids = in(cases);
        update("UPDATE case_file SET description = ?1, place = NULL, closing_summary = NULL, anonymised_at = ?2"
                + " WHERE id IN (" + ids + ")", now);
        update("UPDATE case_party SET display_name = ?1, class_name = NULL, person_id = NULL WHERE case_id IN (" + ids + ")", null);
        em.createNativeQuery("UPDATE case_step SET form_values = NULL, note = NULL, skip_reason = NULL WHERE case_id IN ("
                + ids + ")").executeUpdate();
        em.createNativeQuery("UPDATE case_event SET subject = NULL, detail = NULL WHERE case_id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("UPDATE case_follow_up SET note = NULL WHERE case_id IN (" + ids + ")").executeUpdate();
        update("UPDATE family_message SET body = ?1 WHERE case_id IN (" + ids + ")", null);
        anonymiseSafeguarding(ids);
        anonymiseLinks(ids);
        List<Long> reports = ids("SELECT report_id FROM case_file WHERE report_id IS NOT NULL AND id IN (" + ids + ")"
                + " UNION SELECT report_id FROM case_report WHERE case_id IN (" + ids + ")", null);
        anonymiseReports(reports, now);
    }

    /**
     * What safeguarding wrote about the pupils of these cases: notes, results, reasons, what was shared and why,
     * the trusted adult, the referral documents' content (their fingerprints stay: they prove what was sent). The
     * kinds, statuses, dates and risk levels stay for the statistics.
     */
    private void anonymiseSafeguarding(String ids) {
        String where = " WHERE case_id IN (" + ids + ")";
        execute("UPDATE risk_assessment SET note = NULL" + where);
        update("UPDATE urgent_decision SET result = ?1" + where, null);
        execute("UPDATE case_escalation SET decision = NULL" + where);
        execute("UPDATE referral SET recipient = NULL, reason = NULL, shared = NULL, closing_note = NULL" + where);
        execute("UPDATE referral_transition SET note = NULL WHERE referral_id IN (SELECT id FROM referral" + where + ")");
        update("UPDATE referral_document SET content = '', size = 0, file_name = ?1 WHERE referral_id IN"
                + " (SELECT id FROM referral" + where + ")", null);
        execute("UPDATE support_plan SET trusted_adult = NULL, trusted_adult_role = NULL" + where);
        execute("UPDATE support_action SET note = NULL" + where);
        execute("UPDATE case_consent SET note = NULL" + where);
        update("UPDATE consent_override SET legal_ground = ?1" + where, null);
        update("UPDATE disclosure SET recipient = ?1, what = ?1, why = ?1" + where, null);
    }

    /** Attached reports' detach reasons and the handovers' texts (the old school's record included). */
    private void anonymiseLinks(String ids) {
        String where = " WHERE case_id IN (" + ids + ")";
        execute("UPDATE case_report SET detach_reason = NULL" + where);
        update("UPDATE case_handover SET reason = ?1, summary = ?1, old_record = ?1" + where, null);
    }

    private void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
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

    /** The case with this number, for a legal hold: its id and school. */
    public java.util.Optional<Object[]> caseByNumber(String number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, school_id FROM case_file WHERE number = ?1")
                .setParameter(1, number).getResultList();
        return rows.stream().findFirst();
    }

    public void setHold(long caseId, String reason, long by, Instant now) {
        em.createNativeQuery("UPDATE case_file SET legal_hold_reason = ?1, legal_hold_at = ?2, legal_hold_by = ?3 WHERE id = ?4")
                .setParameter(1, reason).setParameter(2, reason == null ? null : Timestamp.from(now))
                .setParameter(3, reason == null ? null : by).setParameter(4, caseId).executeUpdate();
    }

    /** The cases under a legal hold: number, reason, since. */
    @SuppressWarnings("unchecked")
    public List<Object[]> holds() {
        return em.createNativeQuery("SELECT number, legal_hold_reason, legal_hold_at FROM case_file"
                + " WHERE legal_hold_at IS NOT NULL ORDER BY legal_hold_at DESC LIMIT 200").getResultList();
    }

    private void update(String sql, Instant now) {
        var q = em.createNativeQuery(sql).setParameter(1, BLANK);
        if (now != null) {
            q.setParameter(2, Timestamp.from(now));
        }
        q.executeUpdate();
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

    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
