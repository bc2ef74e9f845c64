package org.haven.reporting.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;

/** Deletes report tokens a day after they expired, every hour. */
@Singleton
public class ReportTokenPurge {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purgeExpired() {
        em.createQuery("DELETE FROM ReportAccessToken t WHERE t.expiresAt < :limit")
                .setParameter("limit", clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
    }
}
