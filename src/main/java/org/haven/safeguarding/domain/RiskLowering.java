package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a new risk assessment would lower on a case: danger answers the case holds (the pupil's own, from the
 * report, or an earlier assessment's) that the new answers drop, and a level below the case's level now. Danger is
 * never lowered silently: such an assessment needs a head of school and a recorded reason.
 */
public record RiskLowering(RiskLevel from, RiskLevel to, Set<String> droppedAnswers) {

    public RiskLowering {
        droppedAnswers = Set.copyOf(droppedAnswers);
    }

    /** Compares the case's level and danger answers now with those a new assessment gives. */
    public static RiskLowering of(RiskLevel current, Set<String> currentDanger, RiskLevel next, Set<String> nextDanger) {
        Set<String> dropped = new LinkedHashSet<>(currentDanger);
        dropped.removeAll(nextDanger);
        return new RiskLowering(current, next, dropped);
    }

    /** Whether anything is lowered: the level, or any danger answer. */
    public boolean lowers() {
        return to.compareTo(from) < 0 || !droppedAnswers.isEmpty();
    }

    /** Whether the case would leave the urgent path (high or immediate) because of this assessment. */
    public boolean clearsUrgent() {
        return from.isUrgent() && !to.isUrgent();
    }
}
