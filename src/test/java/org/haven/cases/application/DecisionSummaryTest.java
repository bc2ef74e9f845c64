package org.haven.cases.application;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecisionSummaryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theRecordedNotationReadsAsASentenceInTheDistrictsTime() {
        assertEquals("Appelé : Les parents, Une ligne d’écoute (3114, 3018, 3020) — le 4 décembre 2026 14:46 — "
                        + "L’élève est rentré avec sa mère.",
                DecisionSummary.inWords("PARENTS, HELP_LINE @ 2026-12-04T13:46:00Z — L’élève est rentré avec sa mère.",
                        Locale.FRENCH, PARIS));
        assertEquals("Called: The parents — on December 4, 2026, 2:46 PM — ok",
                DecisionSummary.inWords("PARENTS @ 2026-12-04T13:46:00Z — ok", Locale.ENGLISH, PARIS)
                        .replace('\u202f', ' '));
    }

    @Test
    void anythingElseIsShownAsItIs() {
        assertEquals("Décision prise par téléphone", DecisionSummary.inWords("Décision prise par téléphone",
                Locale.FRENCH, PARIS));
        assertEquals("NOBODY @ 2026-12-04T13:46:00Z — x", DecisionSummary.inWords("NOBODY @ 2026-12-04T13:46:00Z — x",
                Locale.FRENCH, PARIS));
        assertEquals(null, DecisionSummary.inWords(null, Locale.FRENCH, PARIS));
    }
}
