package org.haven.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/** Deletes API tokens a day after they expired, every hour: a token table that only grows is a liability. */
@Singleton
public class ApiTokenPurge {

    private static final Logger LOG = Logger.getLogger(ApiTokenPurge.class.getName());

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purgeExpired() {
        int deleted = em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :limit")
                .setParameter("limit", clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " expired API token(s)");
        }
    }
}
