package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskLoweringTest {

    @Test
    void droppingThePupilsSelfHarmAnswerLowersEvenWhenTheLevelStaysUrgent() {
        RiskLowering l = RiskLowering.of(RiskLevel.IMMEDIATE, Set.of("self_harm"), RiskLevel.HIGH, Set.of("threats"));

        assertTrue(l.lowers());
        assertEquals(Set.of("self_harm"), l.droppedAnswers());
        assertFalse(l.clearsUrgent());
    }

    @Test
    void aLowerLevelLowersAndClearingTheUrgentPathIsSeen() {
        RiskLowering l = RiskLowering.of(RiskLevel.IMMEDIATE, Set.of(), RiskLevel.MEDIUM, Set.of());

        assertTrue(l.lowers());
        assertTrue(l.clearsUrgent());
    }

    @Test
    void keepingOrRaisingTheDangerLowersNothing() {
        assertFalse(RiskLowering.of(RiskLevel.IMMEDIATE, Set.of("self_harm"), RiskLevel.IMMEDIATE,
                Set.of("self_harm", "threats")).lowers());
        assertFalse(RiskLowering.of(RiskLevel.LOW, Set.of(), RiskLevel.HIGH, Set.of("threats")).lowers());
    }

    @Test
    void theScoreOfTheIssuesFormWithoutTheSelfHarmAnswerIsLowerThanTheCase() {
        // The defect of issue 12: duration, frequency and isolation only gave "medium" on a self-harm case.
        RiskAnswers form = new RiskAnswers(false, false, false, false, false, false, RiskDuration.WEEKS,
                RiskFrequency.DAILY, false, true);
        RiskScore score = RiskScoring.score(form, "INSULTS");

        assertEquals(RiskLevel.MEDIUM, score.level());
        assertTrue(RiskLowering.of(RiskLevel.IMMEDIATE, Set.of("self_harm"), score.level(), form.dangerTags())
                .clearsUrgent());
    }
}
