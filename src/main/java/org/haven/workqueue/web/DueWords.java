package org.haven.workqueue.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as people say it ("dans 3 heures", "en retard de 2 jours"): the bundle key and the rounded amount.
 * Rounded down, so that "in 1 hour" never hides 59 minutes of lateness to come, and minutes below two hours,
 * hours below two days, days beyond: a stressed reader compares lines at a glance.
 */
public record DueWords(String key, long amount) {

    public static DueWords of(Instant due, Instant now) {
        boolean late = due.isBefore(now);
        Duration gap = late ? Duration.between(due, now) : Duration.between(now, due);
        String prefix = late ? "queue.due.late." : "queue.due.in.";
        if (gap.toMinutes() < 120) {
            return new DueWords(prefix + "minutes", Math.max(1, gap.toMinutes()));
        }
        if (gap.toHours() < 48) {
            return new DueWords(prefix + "hours", gap.toHours());
        }
        return new DueWords(prefix + "days", gap.toDays());
    }
}
