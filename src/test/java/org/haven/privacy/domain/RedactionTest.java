package org.haven.privacy.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactionTest {

    private static Map<String, Object> party(Long personId, String name, String part) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("person_id", personId);
        p.put("display_name", name);
        p.put("part", part);
        return p;
    }

    private final Redaction redaction = Redaction.keeping(7, List.of(party(7L, "Léa Martin", "TARGET"),
            party(8L, "Hugo Lefèvre-Dubois", "ALLEGED_AUTHOR"), party(null, "Inès", "WITNESS")));

    @Test
    void otherPartiesNamesAreRedactedInTextWholeOrInPartsAnyCase() {
        assertEquals("[redacted] a insulté Léa ; [redacted] l'a vu, puis [redacted] et [redacted] ont ri.",
                redaction.apply("Hugo Lefèvre-Dubois a insulté Léa ; INÈS l'a vu, puis hugo et Dubois ont ri."));
    }

    @Test
    void partsOfWordsAndShortWordsAreLeft() {
        assertEquals("Hugolin et Inèsse", redaction.apply("Hugolin et Inèsse"));
        assertEquals(null, redaction.apply(null));
    }

    @Test
    void thePartyListNamesOnlyTheSubject() {
        List<Map<String, Object>> parties = redaction.parties();

        assertEquals("Léa Martin", parties.get(0).get("name"));
        assertEquals("target", parties.get(0).get("part"));
        assertEquals(Redaction.MARK, parties.get(1).get("name"));
        assertEquals("alleged_author", parties.get(1).get("part"));
        assertEquals(Redaction.MARK, parties.get(2).get("name"));
    }
}
