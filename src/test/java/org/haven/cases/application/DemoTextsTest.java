package org.haven.cases.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The demo's French texts read from their data files exactly as they were written in code. */
class DemoTextsTest {

    @Test
    void theDemoCasesTextsReadAsWritten() {
        DemoTexts texts = DemoTexts.of("cases");
        assertEquals("Messages privés sur Snapchat : « personne ne te regrettera ». L’élève a dit à son professeur"
                + " principal qu’elle pense à se faire du mal.", texts.text("urgent.description"));
        assertEquals("« dark_angel_06 »", texts.text("author"));
        assertEquals("Le harcèlement a cessé ; l’élève a retrouvé sa place dans la classe (démonstration).",
                texts.text("closing.summary"));
        assertThrows(NullPointerException.class, () -> texts.text("nothing.here"));
    }

    @Test
    void theRelatedReportsTextsReadAsWritten() {
        assertEquals("J'ai vu les publications du compte https://www.instagram.com/demo_rumeurs_06/ sur une élève du"
                + " collège, mon frère est dans sa classe.", DemoTexts.of("linking").text("lycee.description"));
    }
}
