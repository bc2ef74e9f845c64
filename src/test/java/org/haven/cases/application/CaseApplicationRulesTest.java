package org.haven.cases.application;

import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.EventKind;
import org.haven.protocol.domain.StepKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How answers become protocol facts, timeline kinds and stored form values. */
class CaseApplicationRulesTest {

    @Test
    void storedTagsReadAsProtocolFacts() {
        assertEquals("risk.self_harm", CaseFacts.fromTag("self_harm"));
        assertEquals("party.alleged_author_adult", CaseFacts.fromTag(CaseFacts.ADULT_AUTHOR_TAG));
        assertEquals("evidence.file", CaseFacts.fromTag(CaseFacts.EVIDENCE_FILE_TAG));
        assertEquals("evidence.link", CaseFacts.fromTag(CaseFacts.EVIDENCE_LINK_TAG));
        assertTrue(CaseFacts.imagesAtStake(caseOf("DEEPFAKE", Set.of())));
        assertTrue(CaseFacts.imagesAtStake(caseOf("INSULTS", Set.of("intimate_images"))));
        assertFalse(CaseFacts.imagesAtStake(caseOf("INSULTS", Set.of("threats"))));
    }

    @Test
    void completingAStepWritesTheTimelineEntryOfItsKind() {
        assertEquals(EventKind.INTERVIEW_RECORDED, StepKinds.eventOf(StepKind.INTERVIEW));
        assertEquals(EventKind.PARENTS_INFORMED, StepKinds.eventOf(StepKind.PARENTS));
        assertEquals(EventKind.MEASURE_DECIDED, StepKinds.eventOf(StepKind.MEASURE));
        assertEquals(EventKind.DECLARATION, StepKinds.eventOf(StepKind.DECLARATION));
        assertEquals(EventKind.PROTECTION, StepKinds.eventOf(StepKind.PROTECTION));
        assertEquals(EventKind.STEP_COMPLETED, StepKinds.eventOf(StepKind.CLASS_ACTION));
    }

    @Test
    void formValuesRoundTripAsJsonWithTheNoteApart() {
        String json = FormValues.withNote(Map.of("who", "Léa « L » Martin", "since", "2026-09-01"), "Vue au CDI.");
        Map<String, String> back = FormValues.fromJson(json);
        assertEquals("Léa « L » Martin", back.get("who"));
        assertEquals("Vue au CDI.", back.get(FormValues.NOTE));
        assertNull(FormValues.toJson(Map.of()));
        assertTrue(FormValues.fromJson(null).isEmpty());
    }

    private static CaseFile caseOf(String category, Set<String> tags) {
        return new CaseFile(1, "fr-secondary", 1, CaseOrigin.STAFF, null, category, "x", null, null, Set.of(), tags,
                null, Instant.EPOCH);
    }
}
