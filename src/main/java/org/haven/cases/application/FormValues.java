package org.haven.cases.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A step form's recorded values, stored as a flat JSON object of strings. */
final class FormValues {

    private FormValues() {
    }

    static String toJson(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        new TreeMap<>(values).forEach(b::add);
        return b.build().toString();
    }

    /** The key the note is kept under in a timeline entry's record of a step (field ids never start with _). */
    static final String NOTE = "_note";

    /** What a step's timeline entry keeps of its record: the form's values and the note. */
    static String withNote(Map<String, String> values, String note) {
        Map<String, String> all = new TreeMap<>(values);
        if (note != null) {
            all.put(NOTE, note);
        }
        return toJson(all);
    }

    static Map<String, String> fromJson(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return values;
    }
}
