package org.haven.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.reporting.domain.ReportTokenStore;

import java.time.Instant;
import java.util.Optional;

/** Report tokens in table {@code report_access_token}. */
@ApplicationScoped
public class JpaReportTokenStore implements ReportTokenStore {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public void add(String tokenHash, long reportId, Instant expiresAt) {
        em.persist(new ReportAccessToken(tokenHash, reportId, expiresAt));
    }

    @Override
    public Optional<Long> reportOf(String tokenHash, Instant now) {
        return em.createQuery("SELECT t FROM ReportAccessToken t WHERE t.tokenHash = :h AND t.expiresAt > :now",
                        ReportAccessToken.class)
                .setParameter("h", tokenHash).setParameter("now", now).getResultStream().findFirst()
                .map(ReportAccessToken::reportId);
    }

    @Override
    public void purgeExpiredBefore(Instant limit) {
        em.createQuery("DELETE FROM ReportAccessToken t WHERE t.expiresAt < :limit")
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
