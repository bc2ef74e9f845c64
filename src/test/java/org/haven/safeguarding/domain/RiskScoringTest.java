package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskScoringTest {

    private static RiskAnswers none() {
        return new RiskAnswers(false, false, false, false, false, false, RiskDuration.DAYS, RiskFrequency.ONCE, false,
                false);
    }

    private static List<String> codes(RiskScore s) {
        return s.reasons().stream().map(RiskReason::code).toList();
    }

    @Test
    void nothingAnsweredIsLowWithItsReasonSaid() {
        RiskScore s = RiskScoring.score(none(), "INSULTS");
        assertEquals(RiskLevel.LOW, s.level());
        assertEquals(List.of("none"), codes(s));
    }

    @Test
    void selfHarmIsImmediateAndComesFirstAmongTheReasons() {
        RiskAnswers a = new RiskAnswers(false, true, true, false, false, false, RiskDuration.MONTHS,
                RiskFrequency.DAILY, false, true);
        RiskScore s = RiskScoring.score(a, "THREATS");
        assertEquals(RiskLevel.IMMEDIATE, s.level());
        assertEquals("self_harm", codes(s).get(0));
        assertTrue(codes(s).containsAll(List.of("threats", "long_lasting", "daily", "isolated", "combined",
                "notable_category")), codes(s).toString());
        assertEquals("self_harm,threats,combined,long_lasting,daily,isolated,notable_category", s.reasonCodes());
    }

    @Test
    void immediateDangerAloneIsImmediate() {
        RiskAnswers a = new RiskAnswers(true, false, false, false, false, false, RiskDuration.DAYS, RiskFrequency.ONCE,
                false, false);
        assertEquals(RiskLevel.IMMEDIATE, RiskScoring.score(a, "OTHER").level());
    }

    @Test
    void eachSeriousDangerIsHighOnItsOwn() {
        List<RiskAnswers> answers = List.of(
                new RiskAnswers(false, false, true, false, false, false, RiskDuration.DAYS, RiskFrequency.ONCE, false,
                        false),
                new RiskAnswers(false, false, false, true, false, false, RiskDuration.DAYS, RiskFrequency.ONCE, false,
                        false),
                new RiskAnswers(false, false, false, false, true, false, RiskDuration.DAYS, RiskFrequency.ONCE, false,
                        false),
                new RiskAnswers(false, false, false, false, false, true, RiskDuration.DAYS, RiskFrequency.ONCE, false,
                        false));
        for (RiskAnswers a : answers) {
            RiskScore s = RiskScoring.score(a, "INSULTS");
            assertEquals(RiskLevel.HIGH, s.level(), a.toString());
            assertEquals(1, s.reasons().size());
        }
    }

    @Test
    void aSeriousCategoryIsHighEvenWithoutAnswers() {
        RiskScore s = RiskScoring.score(none(), "DEEPFAKE");
        assertEquals(RiskLevel.HIGH, s.level());
        assertEquals(List.of("serious_category"), codes(s));
    }

    @Test
    void aggravatingFactorsAreMediumAloneAndHighFromThreeTogether() {
        RiskAnswers two = new RiskAnswers(false, false, false, false, false, false, RiskDuration.MONTHS,
                RiskFrequency.SOMETIMES, true, false);
        RiskScore s2 = RiskScoring.score(two, "EXCLUSION");
        assertEquals(RiskLevel.MEDIUM, s2.level());
        assertEquals(List.of("long_lasting", "vulnerable"), codes(s2));

        RiskAnswers three = new RiskAnswers(false, false, false, false, false, false, RiskDuration.MONTHS,
                RiskFrequency.DAILY, true, false);
        RiskScore s3 = RiskScoring.score(three, "EXCLUSION");
        assertEquals(RiskLevel.HIGH, s3.level());
        assertEquals(List.of("combined", "long_lasting", "daily", "vulnerable"), codes(s3));
    }

    @Test
    void physicalViolenceIsAtLeastMedium() {
        assertEquals(RiskLevel.MEDIUM, RiskScoring.score(none(), "PHYSICAL").level());
    }

    @Test
    void theDangerAnswersBecomeTheCasesRiskTags() {
        RiskAnswers a = new RiskAnswers(true, true, false, true, false, true, RiskDuration.WEEKS, RiskFrequency.DAILY,
                true, true);
        assertEquals(Set.of("immediate_danger", "self_harm", "location_shared", "intimate_images"), a.dangerTags());
        assertEquals(Set.of(), none().dangerTags());
    }
}
