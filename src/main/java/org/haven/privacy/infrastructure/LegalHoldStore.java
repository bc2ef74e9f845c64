package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Legal holds on cases, in SQL on the case table for the reason {@link RetentionStore} gives: set, lifted, listed. */
@ApplicationScoped
public class LegalHoldStore {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    /** The case with this number, for a legal hold: its id and school. */
    public Optional<Object[]> caseByNumber(String number) {
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
}
