package org.haven.cases.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseSectionsTest {

    @Test
    void anUnknownOrMissingSectionIsTheStepsSection() {
        assertEquals("steps", CaseSections.of(null));
        assertEquals("steps", CaseSections.of(""));
        assertEquals("steps", CaseSections.of("../admin"));
        assertEquals("steps", CaseSections.of("EVIDENCE"));
        assertEquals("evidence", CaseSections.of("evidence"));
        assertEquals("history", CaseSections.of("history"));
    }

    @Test
    void aReaderWhoDoesNotWorkTheCaseSeesNoWorkSections() {
        CaseSections sections = new CaseSections();
        assertTrue(sections.shown(true).containsAll(sections.shown(false)));
        assertFalse(sections.shown(false).contains("evidence"));
        assertFalse(sections.shown(false).contains("family"));
        assertFalse(sections.shown(false).contains("links"));
        assertEquals("steps", sections.shown(false).get(0));
    }
}
