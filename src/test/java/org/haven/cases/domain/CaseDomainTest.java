package org.haven.cases.domain;

import org.haven.platform.errors.Refusal.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case's own rules: number, risk level, dashboard order, keyset cursor, step states, incident checks. */
class CaseDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void caseNumbersCarryTheYearOfOpeningInTheDistrictsZone() {
        assertEquals("2026-000042", CaseNumber.of(NOW, PARIS, 42).value());
        assertEquals("2027-000001", CaseNumber.of(Instant.parse("2026-12-31T23:30:00Z"), PARIS, 1).value(),
                "half past midnight in Paris is already the new year");
        assertEquals("2026-1234567", CaseNumber.of(NOW, PARIS, 1234567).value());
        assertTrue(CaseNumber.looksLike(" 2026-000042 "));
        assertFalse(CaseNumber.looksLike("2026-42"));
        assertThrows(IllegalArgumentException.class, () -> new CaseNumber("42"));
    }

    @ParameterizedTest
    @CsvSource({"'',INSULTS,LOW", "'',PHYSICAL,MEDIUM", "'',DEEPFAKE,HIGH", "threats,INSULTS,HIGH",
            "blackmail,OTHER,HIGH", "'location_shared',EXCLUSION,HIGH", "self_harm,INSULTS,IMMEDIATE",
            "'immediate_danger;threats',THREATS,IMMEDIATE", "'',INTIMATE_IMAGES,HIGH"})
    void theFirstRiskAnswersAndTheCategoryGiveALevel(String tags, String category, RiskLevel expected) {
        Set<String> set = tags.isEmpty() ? Set.of() : Set.of(tags.split(";"));
        assertEquals(expected, RiskLevel.from(set, category));
    }

    @Test
    void dashboardsPutUrgentThenOverdueThenByDueDateThenClosed() {
        Instant later = NOW.plusSeconds(3600);
        Instant earlier = NOW.minusSeconds(3600);
        assertEquals(CaseAttention.URGENT, CaseAttention.of(CaseStatus.OPEN, RiskLevel.IMMEDIATE, false, later, NOW));
        assertEquals(CaseAttention.URGENT, CaseAttention.of(CaseStatus.OPEN, RiskLevel.LOW, true, later, NOW),
                "a decision awaited makes a case urgent");
        assertEquals(CaseAttention.OVERDUE, CaseAttention.of(CaseStatus.IN_PROTOCOL, RiskLevel.LOW, false, earlier,
                NOW));
        assertEquals(CaseAttention.OPEN, CaseAttention.of(CaseStatus.REOPENED, RiskLevel.MEDIUM, false, later, NOW));
        assertEquals(CaseAttention.URGENT, CaseAttention.of(CaseStatus.OPEN, RiskLevel.HIGH, false, later, NOW));
        assertEquals(CaseAttention.CLOSED, CaseAttention.of(CaseStatus.CLOSED, RiskLevel.IMMEDIATE, true, earlier,
                NOW), "a closed case is never first");
    }

    @Test
    void theKeysetCursorRoundTripsAndRefusesWhatItDidNotMake() {
        CaseCursor cursor = new CaseCursor(1, Instant.parse("2026-11-27T09:00:00.123456Z"), 77);
        assertEquals(cursor, CaseCursor.decode(cursor.encode()));
        CaseCursor none = new CaseCursor(2, CaseFile.NOTHING_DUE, 3);
        assertEquals(none, CaseCursor.decode(none.encode()));
        assertNull(CaseCursor.decode(null));
        assertNull(CaseCursor.decode("not-a-cursor"));
        assertNull(CaseCursor.decode("MTox"));
        assertFalse(cursor.encode().contains("="), "URL-safe, no padding");
    }

    @Test
    void aStepIsDoneOnceAndOnlyWhenDue() {
        CaseStep step = new CaseStep(1, 2, "interview-target");
        assertThrows(IllegalStateException.class, () -> step.complete(5, null, "x", NOW), "waiting");
        step.becomeDue(NOW.plusSeconds(60));
        assertFalse(step.isOverdue(NOW));
        assertTrue(step.isOverdue(NOW.plusSeconds(61)));
        step.planFirstRung(NOW.plusSeconds(60));
        step.complete(5, "{\"who\":\"Léa\"}", "Vue au CDI.", NOW);
        assertEquals(StepStatus.DONE, step.status());
        assertNull(step.nextRungAt(), "a done step climbs no overdue ladder");
        assertThrows(IllegalStateException.class, () -> step.skip(5, "x", NOW));
        step.resetToWaiting();
        assertEquals(StepStatus.WAITING, step.status());
        assertNull(step.formValues());
        step.reopen(NOW);
        assertEquals(StepStatus.DUE, step.status());
    }

    @Test
    void aCaseIsReopenedWithANewCycleAndItsRiskOnlyRises() {
        CaseFile c = new CaseFile(1, "fr-secondary", 1, CaseOrigin.STAFF, null, "INSULTS", "x", null, null, Set.of(),
                Set.of(), 9L, NOW);
        assertEquals(RiskLevel.LOW, c.riskLevel());
        c.raiseRisk(RiskLevel.HIGH);
        c.raiseRisk(RiskLevel.MEDIUM);
        assertEquals(RiskLevel.HIGH, c.riskLevel());
        c.close("Fini.", 9L, NOW);
        assertEquals(0, c.cycle());
        c.reopen(9L, NOW);
        assertEquals(CaseStatus.REOPENED, c.status());
        assertEquals(1, c.cycle());
        assertNull(c.closedAt());
    }

    @Test
    void incidentsAreCheckedFieldByField() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<FieldError> errors = IncidentRules.check("GOSSIP", "court", today.plusDays(1), "x".repeat(201),
                Set.of("MYSPACE"), Set.of("ghosts"), today);
        assertEquals(List.of("category", "description", "occurredOn", "place", "platforms", "risk"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of(), IncidentRules.check("INSULTS", "Des insultes tous les jours.", today, null,
                Set.of("SNAPCHAT"), Set.of("threats"), today));
        assertEquals("incident.description.long", IncidentRules.check("INSULTS", "x".repeat(5001), null, null,
                Set.of(), Set.of(), today).get(0).key());
        assertEquals(PartyRole.ALLEGED_AUTHOR, IncidentRules.part(" alleged_author "));
        assertNull(IncidentRules.part("BYSTANDER"));
        assertEquals("case.text.required", IncidentRules.checkText("reason", "  ", true).key());
        assertNull(IncidentRules.checkText("note", null, false));
        assertEquals("case.text.long", IncidentRules.checkText("note", "x".repeat(5001), false).key());
    }

    @Test
    void aHandedOverCaseChangesSchoolAndItsFilerStopsFollowingIt() {
        CaseFile c = new CaseFile(1, "fr-secondary", 1, CaseOrigin.STAFF, null, "INSULTS", "x", null, null, Set.of(),
                Set.of(), 7L, Instant.parse("2026-01-05T10:00:00Z"));

        c.handOver(2);

        assertEquals(2L, c.schoolId());
        assertNull(c.filedBy(), "the old school's filer no longer reaches the case");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> c.handOver(2));
    }
}
