package org.haven.protocol.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A structured form that records a step (for example the interview of the targeted pupil). */
public record FormDefinition(String id, LocalizedText title, List<FormField> fields) {

    public FormDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /**
     * Checks submitted values (BOOLEAN "true"/"false", DATE yyyy-MM-dd, NUMBER an integer, CHOICE an option id).
     *
     * @return field id to message key ({@code protocol.form.*}) for each bad value; empty when all are fine
     */
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> keys = new LinkedHashMap<>();
        errors(values).forEach(e -> keys.put(e.field(), e.key()));
        return keys;
    }

    /** As {@link #validate}, with the message arguments (the bound of a min or max). */
    public List<FieldError> errors(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : fields) {
            String value = values.get(field.id());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    errors.add(new FieldError(field.id(), FieldError.REQUIRED, List.of()));
                }
                continue;
            }
            FieldError error = check(field, value.strip());
            if (error != null) {
                errors.add(error);
            }
        }
        return errors;
    }

    private static FieldError check(FormField field, String value) {
        return switch (field.type()) {
            case TEXT, TEXTAREA -> null;
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? null : new FieldError(field.id(), FieldError.CHOICE, List.of());
            case CHOICE -> field.hasOption(value) ? null : new FieldError(field.id(), FieldError.CHOICE, List.of());
            case DATE -> isDate(value) ? null : new FieldError(field.id(), FieldError.DATE, List.of());
            case NUMBER -> checkNumber(field, value);
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static FieldError checkNumber(FormField field, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return new FieldError(field.id(), FieldError.NUMBER, List.of());
        }
        if (field.min() != null && number < field.min()) {
            return new FieldError(field.id(), FieldError.MIN, List.of(field.min()));
        }
        if (field.max() != null && number > field.max()) {
            return new FieldError(field.id(), FieldError.MAX, List.of(field.max()));
        }
        return null;
    }
}
