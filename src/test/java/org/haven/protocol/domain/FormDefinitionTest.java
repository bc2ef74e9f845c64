package org.haven.protocol.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormDefinitionTest {

    private static final LocalizedText LABEL = LocalizedText.of("en", "label");

    private static FormField field(String id, FieldType type, boolean required) {
        return new FormField(id, type, LABEL, null, required, List.of(), null, null);
    }

    private static final FormDefinition FORM = new FormDefinition("suspension", LABEL, List.of(
            field("pupil", FieldType.TEXT, true),
            field("notes", FieldType.TEXTAREA, false),
            new FormField("days", FieldType.NUMBER, LABEL, null, true, List.of(), 1, 5),
            field("starts-on", FieldType.DATE, false),
            field("informed", FieldType.BOOLEAN, true),
            new FormField("who", FieldType.CHOICE, LABEL, null, false,
                    List.of(new ChoiceOption("pupil", LABEL), new ChoiceOption("parent", LABEL)), null, null)));

    private static Map<String, String> valid() {
        Map<String, String> values = new HashMap<>();
        values.put("pupil", "Alice");
        values.put("days", "5");
        values.put("starts-on", "2026-03-02");
        values.put("informed", "false");
        values.put("who", "parent");
        return values;
    }

    private static Map<String, String> with(String field, String value) {
        Map<String, String> values = valid();
        values.put(field, value);
        return values;
    }

    @Test
    void validValuesGiveNoError() {
        assertTrue(FORM.validate(valid()).isEmpty());
        Map<String, String> minimal = new HashMap<>(Map.of("pupil", "Bob", "days", "1", "informed", "true"));
        assertTrue(FORM.validate(minimal).isEmpty(), "optional fields may be left out");
    }

    @Test
    void requiredFields() {
        Map<String, String> values = valid();
        values.remove("pupil");
        values.put("days", "  ");
        values.remove("informed");
        assertEquals(Map.of("pupil", "protocol.form.required", "days", "protocol.form.required",
                "informed", "protocol.form.required"), FORM.validate(values));
    }

    @Test
    void numbersAndTheirBounds() {
        assertEquals(Map.of("days", "protocol.form.number"), FORM.validate(with("days", "five")));
        assertEquals(Map.of("days", "protocol.form.number"), FORM.validate(with("days", "2.5")));
        assertEquals(Map.of("days", "protocol.form.max"), FORM.validate(with("days", "6")));
        assertEquals(Map.of("days", "protocol.form.min"), FORM.validate(with("days", "0")));
        assertEquals(List.of(new FieldError("days", FieldError.MAX, List.of(5))), FORM.errors(with("days", "6")));
        assertTrue(FORM.validate(with("days", " 3 ")).isEmpty());
    }

    @Test
    void datesBooleansAndChoices() {
        assertEquals(Map.of("starts-on", "protocol.form.date"), FORM.validate(with("starts-on", "02/03/2026")));
        assertEquals(Map.of("starts-on", "protocol.form.date"), FORM.validate(with("starts-on", "2026-02-30")));
        assertEquals(Map.of("informed", "protocol.form.choice"), FORM.validate(with("informed", "yes")));
        assertEquals(Map.of("who", "protocol.form.choice"), FORM.validate(with("who", "teacher")));
    }

    @Test
    void theShippedPrimarySuspensionIsAtMostFiveDays() throws Exception {
        ProtocolDefinition primary = new org.haven.protocol.infrastructure.ProtocolParser().parse("fr-primary.yaml",
                org.haven.protocol.infrastructure.BundledProtocols.read("fr-primary.yaml"));
        FormDefinition form = primary.form(primary.step("precautionary-suspension").orElseThrow().form()).orElseThrow();
        Map<String, String> values = new HashMap<>(Map.of("pupil", "X", "days", "6", "starts-on", "2026-03-02",
                "reasons", "r", "continuity", "c", "parents-informed", "true"));
        assertEquals(Map.of("days", "protocol.form.max"), form.validate(values));
        values.put("days", "5");
        assertTrue(form.validate(values).isEmpty());
    }
}
