package org.haven.cases.application;

import org.haven.cases.domain.IncidentRules;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a step's form and note must hold when the step is completed: the protocol's fields, within their length. */
final class StepForms {

    private StepForms() {
    }

    /** The values typed, without the blank ones, stripped. */
    static Map<String, String> cleaned(Map<String, String> values) {
        return values == null ? Map.of() : values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
    }

    /** Every error of the values and note against the step's form (a step without a form takes only a note). */
    static List<FieldError> errors(ProtocolDefinition protocol, StepDefinition step, Map<String, String> cleaned,
                                   String note) {
        List<FieldError> errors = new ArrayList<>();
        if (step.form() != null) {
            FormDefinition form = protocol.form(step.form()).orElseThrow();
            cleaned.keySet().stream().filter(k -> form.field(k).isEmpty()).collect(Collectors.toSet())
                    .forEach(k -> errors.add(new FieldError(k, "protocol.form.unknown")));
            form.errors(cleaned).forEach(e -> errors.add(new FieldError(e.field(), e.key(), e.argsArray())));
            cleaned.forEach((k, v) -> {
                if (v.length() > IncidentRules.TEXT_MAX) {
                    errors.add(new FieldError(k, "case.text.long", IncidentRules.TEXT_MAX));
                }
            });
        } else if (!cleaned.isEmpty()) {
            errors.add(new FieldError("form", "protocol.form.none"));
        }
        FieldError noteError = IncidentRules.checkText("note", note, step.form() == null);
        if (noteError != null) {
            errors.add(noteError);
        }
        return errors;
    }
}
