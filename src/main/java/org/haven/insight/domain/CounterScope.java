package org.haven.insight.domain;

import org.haven.directory.domain.SchoolLevel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which counter rows a figure sums: the folded rows (the schools' own, or the rows the district or a level keeps for
 * all its schools at once, so that a wide figure reads as few rows as one school's) and the increments not folded
 * yet, which are kept per school and for the district only.
 *
 * @param folded  the school ids of the folded rows read (a school's id, {@link CountStore#DISTRICT} or a level's key)
 * @param pending the school ids of the pending increments read
 */
public record CounterScope(List<Long> folded, List<Long> pending) {

    public CounterScope {
        folded = List.copyOf(folded);
        pending = List.copyOf(pending);
    }

    /** These schools' own rows. */
    public static CounterScope schools(Collection<Long> schoolIds) {
        return new CounterScope(List.copyOf(schoolIds), List.copyOf(schoolIds));
    }

    /** The district's rows: every school that ever counted, closed ones included. */
    public static CounterScope district() {
        return schools(List.of(CountStore.DISTRICT));
    }

    /** A level's rows, which hold exactly {@code schoolIds}, and these schools' pending increments. */
    public static CounterScope level(SchoolLevel level, Collection<Long> schoolIds) {
        return new CounterScope(List.of(levelKey(level)), List.copyOf(schoolIds));
    }

    /** The school id under which a level's counters are kept (V27): negative, never a school's. */
    public static long levelKey(SchoolLevel level) {
        return switch (level) {
            case PRIMARY -> -1;
            case COLLEGE -> -2;
            case LYCEE -> -3;
        };
    }

    /**
     * Whether a level's rows hold the counters of these schools and of no other, given the level each school's
     * counters are kept under ({@link CountStore#levelsCounted}): none of them counted under another level (a level
     * changed and not followed yet) and no school counted under it left out (a closed one).
     */
    public static boolean levelHoldsExactly(SchoolLevel level, Set<Long> schoolIds, Map<Long, SchoolLevel> counted) {
        for (Map.Entry<Long, SchoolLevel> e : counted.entrySet()) {
            if (e.getValue() == level && !schoolIds.contains(e.getKey())) {
                return false;
            }
        }
        return schoolIds.stream().allMatch(id -> counted.getOrDefault(id, level) == level);
    }

    /** Whether no school is counted at all. */
    public boolean isEmpty() {
        return folded.isEmpty() || pending.isEmpty();
    }
}
