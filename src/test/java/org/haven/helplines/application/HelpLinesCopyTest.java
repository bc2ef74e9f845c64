package org.haven.helplines.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copy of the help lines answers as the database does: lines for the dangers first, then general ones. */
class HelpLinesCopyTest {

    private static HelpLinesCopy.Kept kept(String phone, String risks, int order) {
        return new HelpLinesCopy.Kept(risks, order, new HelpLine("fr " + phone, phone, phone, "h", "p"),
                new HelpLine("en " + phone, phone, phone, "h", "p"));
    }

    @Test
    void fitsTheDangersInTheLanguageAsked() {
        HelpLinesCopy copy = new HelpLinesCopy();
        assertTrue(copy.isEmpty());
        copy.keep("FR", List.of(kept("112", "IMMEDIATE_DANGER,THREATS", 10), kept("3114", "SELF_HARM", 20),
                kept("3018", "GENERAL", 40), kept("3020", "GENERAL", 50), kept("PHAROS", "TAKEDOWN", 60)));

        assertEquals(List.of("3114", "3018", "3020"),
                copy.forRisks(Set.of("SELF_HARM"), Locale.FRENCH).stream().map(HelpLine::phone).toList());
        assertEquals(List.of("3018", "3020"),
                copy.forRisks(Set.of(), Locale.ENGLISH).stream().map(HelpLine::phone).toList());
        assertEquals("en 112", copy.forRisks(Set.of("THREATS"), Locale.ENGLISH).getFirst().name());
        assertEquals("fr 112", copy.forRisks(Set.of("THREATS"), Locale.FRENCH).getFirst().name());
    }

    @Test
    void anotherCountryReadByThePublicPageDoesNotReplaceTheDistrictsLines() {
        HelpLinesCopy copy = new HelpLinesCopy();
        copy.districtCountry("fr");
        copy.keep("FR", List.of(kept("3018", "GENERAL", 40)));
        copy.keep("BE", List.of());
        assertEquals(List.of("3018"), copy.forRisks(Set.of(), Locale.FRENCH).stream().map(HelpLine::phone).toList());
    }
}
