package org.haven.cases.application;

import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RiskLevel;
import org.haven.cases.domain.StepStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, finding 9: what the staff member who filed an incident sees of its case. */
class FilerViewTest {

    private static final Instant T = Instant.parse("2026-10-08T08:00:00Z");

    @Test
    void theIncidentAsFiledAndItsProgressNotTheFile() {
        CaseViews.Detail full = detail();

        CaseViews.Detail filed = CaseDetails.asFiled(full);

        assertEquals(List.of("Léa Martin"), filed.parties().stream().map(CaseViews.Party::name).toList(),
                "the pupil named later by the referent is not shown");
        assertNull(filed.closingSummary());
        assertNull(filed.reportId());
        assertTrue(filed.escalations().isEmpty());
        assertTrue(filed.followUps().isEmpty());
        assertFalse(filed.works() || filed.mayClose() || filed.mayDecide());
        assertEquals(full.description(), filed.description());
        assertEquals(CaseStatus.CLOSED, filed.status());
        CaseViews.Step interview = filed.steps().get(0);
        assertEquals(StepStatus.DONE, interview.status(), "the progress stays");
        assertEquals(T, interview.doneAt());
        assertNull(interview.note());
        assertNull(interview.skipReason());
        assertNull(interview.formTitle());
        assertTrue(interview.fields().isEmpty(), "no interview answers");
    }

    @Test
    void aStepTheFilerMayDoKeepsItsForm() {
        CaseViews.Step own = CaseDetails.asFiled(detail()).steps().get(1);

        assertTrue(own.mayAct());
        assertEquals(1, own.fields().size());
    }

    private static CaseViews.Detail detail() {
        CaseViews.Field answer = new CaseViews.Field("said", "What was said", null, "TEXT", true, List.of(), null,
                null, "Elle a raconté les messages reçus.");
        CaseViews.Step interview = new CaseViews.Step("interview-target", "Interview", "guidance", "referent",
                "FORM", StepStatus.DONE, T, false, T, "Interview form", List.of(answer), "a note", "a reason",
                false, false, false, false, List.of());
        CaseViews.Step classAction = new CaseViews.Step("class-action", "In class", null, "teacher", "FORM",
                StepStatus.DUE, T, false, null, "Class", List.of(answer), null, null, false, false, false, true,
                List.of());
        return new CaseViews.Detail(3, "2026-000003", 2, "Collège", "fr-secondary", 1, "Protocole",
                CaseStatus.CLOSED, CaseOrigin.STAFF, 7L, "EXCLUSION", "Exclue de tous les groupes.",
                LocalDate.parse("2026-10-08"), "cantine", Set.of(), Set.of(), RiskLevel.LOW, true, T, T,
                "Le harcèlement a cessé.",
                List.of(new CaseViews.Party(5, 11L, "Léa Martin", "4e B", PartyRole.TARGET, false),
                        new CaseViews.Party(9, 12L, "Noé Petit", "4e B", PartyRole.WITNESS, true)),
                List.of(interview, classAction),
                List.of(new CaseViews.Escalation(1, "danger", "Danger", T, T, T, "called", false, List.of(), List.of())),
                List.of(new CaseViews.FollowUp(4, "2 weeks", LocalDate.parse("2026-10-22"), null, null)),
                false, true, true, true, List.of());
    }
}
