package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.haven.privacy.infrastructure.RetentionStore.in;

/**
 * What the retention purge blanks in the reports and cases it keeps for the statistics, in SQL over every feature's
 * tables for the reason {@link RetentionStore} gives. It keeps school, category, dates, status, risk flags and
 * counts, and removes free text, names, pupils' links, form answers and messages.
 */
@ApplicationScoped
public class Anonymisation {

    private static final String BLANK = "—";

    @PersistenceContext(unitName = "haven")
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT report_id FROM case_file WHERE report_id IS NOT NULL"
                + " AND id IN (" + ids + ") UNION SELECT report_id FROM case_report WHERE case_id IN (" + ids + ")")
                .getResultList();
        List<Long> reports = rows.stream().map(o -> ((Number) o).longValue()).toList();
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

    private void update(String sql, Instant now) {
        var q = em.createNativeQuery(sql).setParameter(1, BLANK);
        if (now != null) {
            q.setParameter(2, Timestamp.from(now));
        }
        q.executeUpdate();
    }
}
