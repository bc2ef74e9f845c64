package org.haven.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The API's JSON-B, on records (as the DTOs are) and on classes: strict texts and booleans, nothing else lost. */
class StrictJsonTest {

    private final Jsonb jsonb = new StrictJson().getContext(Object.class);

    /** The shape of a step completion: a map of texts, a text. */
    public record Step(Map<String, String> values, String note, Boolean urgent) {
    }

    /** A body type written as a class with fields. */
    public static class Message {
        public String body;
        public Boolean urgent;
    }

    @Test
    void aRecordWithTextsAMapOfTextsAndABooleanIsRead() {
        // The defect: Yasson's parser for record components has no currentEvent(), so every such body was a 400.
        Step step = jsonb.fromJson("{\"values\":{\"a\":\"b\"},\"note\":\"Fait.\",\"urgent\":true}", Step.class);

        assertEquals(Map.of("a", "b"), step.values());
        assertEquals("Fait.", step.note());
        assertEquals(Boolean.TRUE, step.urgent());
        assertNull(jsonb.fromJson("{\"note\":null}", Step.class).note());
    }

    @Test
    void aTextIsAJsonStringAndABooleanIsTrueOrFalseInRecordsAndClasses() {
        for (String body : new String[] {"{\"note\":5}", "{\"note\":[1]}", "{\"note\":{\"a\":1}}",
                "{\"values\":{\"a\":5}}", "{\"urgent\":\"yes\"}", "{\"urgent\":1}", "{\"unknown\":\"x\"}"}) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Step.class), body);
        }
        for (String body : new String[] {"{\"body\":5}", "{\"body\":[\"x\"]}", "{\"urgent\":\"maybe\"}"}) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Message.class), body);
        }
        Message m = jsonb.fromJson("{\"body\":\"Bonjour\",\"urgent\":false}", Message.class);
        assertEquals("Bonjour", m.body);
        assertEquals(Boolean.FALSE, m.urgent);
    }
}
