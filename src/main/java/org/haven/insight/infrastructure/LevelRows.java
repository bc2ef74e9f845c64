package org.haven.insight.infrastructure;

import jakarta.persistence.EntityManager;
import org.haven.directory.domain.SchoolLevel;
import org.haven.insight.domain.CounterScope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping of the level counters (V27): which school's counters each level's rows hold
 * (insight_level_school), and moving a school's counters from one level's rows to another's when its level is
 * changed, so that a level's rows always add up to the schools they name.
 */
final class LevelRows {

    private LevelRows() {
    }

    /** Every school's level now. */
    static Map<Long, SchoolLevel> current(EntityManager em) {
        return levels(em, "SELECT id, level FROM school");
    }

    /** The level each school's folded counters are kept under. */
    static Map<Long, SchoolLevel> counted(EntityManager em) {
        return levels(em, "SELECT school_id, level FROM insight_level_school");
    }

    /** Moves the counters of every school whose level changed since they were counted; updates {@code counted}. */
    static void follow(EntityManager em, Map<Long, SchoolLevel> current, Map<Long, SchoolLevel> counted) {
        for (Map.Entry<Long, SchoolLevel> e : Map.copyOf(counted).entrySet()) {
            SchoolLevel now = current.get(e.getKey());
            if (now != null && now != e.getValue()) {
                move(em, e.getKey(), CounterScope.levelKey(e.getValue()), -1);
                move(em, e.getKey(), CounterScope.levelKey(now), 1);
                em.createNativeQuery("UPDATE insight_level_school SET level = ?1 WHERE school_id = ?2")
                        .setParameter(1, now.name()).setParameter(2, e.getKey()).executeUpdate();
                counted.put(e.getKey(), now);
            }
        }
    }

    /** Notes the schools counted for the first time under their level. */
    static void note(EntityManager em, Map<Long, SchoolLevel> schools) {
        schools.forEach((school, level) -> em.createNativeQuery(
                        "INSERT IGNORE INTO insight_level_school (school_id, level) VALUES (?1, ?2)")
                .setParameter(1, school).setParameter(2, level.name()).executeUpdate());
    }

    /** Adds (sign 1) or takes away (-1) a school's day and month counters to or from a level's rows. */
    private static void move(EntityManager em, long school, long levelKey, int sign) {
        em.createNativeQuery("INSERT INTO insight_count (measure, day, school_id, category, dimension, n)"
                        + " SELECT measure, day, ?1, category, dimension, ?2 * n FROM insight_count"
                        + " WHERE school_id = ?3"
                        + " ON DUPLICATE KEY UPDATE n = insight_count.n + VALUES(n)")
                .setParameter(1, levelKey).setParameter(2, sign).setParameter(3, school).executeUpdate();
        em.createNativeQuery("INSERT INTO insight_month (measure, school_id, category, month, dimension, n)"
                        + " SELECT measure, ?1, category, month, dimension, ?2 * n FROM insight_month"
                        + " WHERE school_id = ?3"
                        + " ON DUPLICATE KEY UPDATE n = insight_month.n + VALUES(n)")
                .setParameter(1, levelKey).setParameter(2, sign).setParameter(3, school).executeUpdate();
    }

    private static Map<Long, SchoolLevel> levels(EntityManager em, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<Long, SchoolLevel> levels = new HashMap<>();
        for (Object[] r : rows) {
            levels.put(((Number) r[0]).longValue(), SchoolLevel.valueOf((String) r[1]));
        }
        return levels;
    }
}
