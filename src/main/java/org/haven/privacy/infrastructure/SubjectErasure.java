package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Erases one person and their account across the directory, cases and reports, and records every request about a
 * person, in SQL for the reason {@link RetentionStore} gives; what is read for an export is {@link SubjectStore}'s.
 */
@ApplicationScoped
public class SubjectErasure {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    /** Erases the person and their account: names and contact details replaced, account disabled and unusable. */
    public void erase(SubjectStore.Subject s, Instant now) {
        if (s.personId() != null) {
            em.createNativeQuery("UPDATE person SET first_name = '—', last_name = '—', class_name = NULL,"
                    + " birth_date = NULL, email = NULL, external_ref = CONCAT('erased-', id) WHERE id = ?1")
                    .setParameter(1, s.personId()).executeUpdate();
            em.createNativeQuery("UPDATE case_party SET display_name = '—', class_name = NULL WHERE person_id = ?1")
                    .setParameter(1, s.personId()).executeUpdate();
        }
        if (s.accountId() != null) {
            long id = s.accountId();
            em.createNativeQuery("DELETE FROM api_token WHERE account_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account_totp WHERE account_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM account_recovery_code WHERE account_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE account SET username = CONCAT('erased-', id), display_name = '—', email = NULL,"
                    + " password_hash = NULL, enabled = FALSE WHERE id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE report SET reporter_name = NULL, reporter_class = NULL WHERE reporter_account_id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
    }

    public void recordRequest(String kind, String subject, SubjectStore.Subject s, long by, Instant at, String outcome, String reason) {
        em.createNativeQuery("INSERT INTO privacy_request (kind, subject, person_id, account_id, requested_by,"
                        + " requested_at, outcome, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, kind).setParameter(2, subject.length() > 100 ? subject.substring(0, 100) : subject)
                .setParameter(3, s == null ? null : s.personId()).setParameter(4, s == null ? null : s.accountId())
                .setParameter(5, by).setParameter(6, Timestamp.from(at)).setParameter(7, outcome)
                .setParameter(8, reason).executeUpdate();
    }
}
