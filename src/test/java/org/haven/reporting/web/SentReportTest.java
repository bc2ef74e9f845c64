package org.haven.reporting.web;

import org.haven.helplines.application.HelpLine;
import org.haven.reporting.application.Submitted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentReportTest {

    private static HelpLine line(String tel) {
        return new HelpLine("name " + tel, tel, tel, "24/7", "purpose " + tel);
    }

    private static SentReport sent(List<HelpLine> lines) {
        return new SentReport(new Submitted("R", true, lines, Set.of("self_harm"), Instant.EPOCH, "School", "F"),
                Locale.FRENCH);
    }

    @Test
    void theDistrictsOwn112LeadsTheUrgentBoxOnceKeepingItsWords() {
        // Arrange: the district's order put 119 first (it answers more of the pupil's risks)
        SentReport sent = sent(List.of(line("119"), line("3018"), line("112"), line("3114")));

        // Act
        List<String> tels = sent.getHelpLines().stream().map(SentReport.Line::tel).toList();

        // Assert: 112 first, the rest in the district's order, nothing twice
        assertEquals(List.of("112", "119", "3018", "3114"), tels);
        assertEquals("name 112", sent.getHelpLines().getFirst().name());
        assertTrue(sent.isEmergencyListed(), "the page does not add a second 112");
    }

    @Test
    void afterALanguageSwitchTheLinesAreNamedAgainInTheNewLanguageStill112First() {
        SentReport sent = sent(List.of(line("119"), line("112")));
        assertTrue(sent.isIn(Locale.FRENCH));
        assertFalse(sent.isIn(Locale.ENGLISH), "the page asks for them again");
        assertEquals(Set.of("self_harm"), sent.riskTags());

        sent.helpLinesIn(Locale.ENGLISH, List.of(new HelpLine("Suicide prevention", "3114", "3114", "24/7", "p"),
                new HelpLine("Emergency services", "112", "112", "24/7", "p")));

        assertTrue(sent.isIn(Locale.ENGLISH));
        assertEquals("Emergency services", sent.getHelpLines().getFirst().name());
        assertEquals("Suicide prevention", sent.getHelpLines().get(1).name());
    }

    @Test
    void aListWithout112AsksThePageToAddIt() {
        SentReport sent = sent(List.of(line("119"), line("3020")));

        assertFalse(sent.isEmergencyListed(), "the page adds 112 from the bundle");
        assertEquals(List.of("119", "3020"), sent.getHelpLines().stream().map(SentReport.Line::tel).toList());
    }
}
