package org.haven.protocol.domain;

import java.util.List;
import java.util.Objects;

/**
 * A field of a protocol form. {@code help} may be null; {@code options} is empty unless the type is CHOICE;
 * {@code min} and {@code max} (nullable) bound a NUMBER field.
 */
public record FormField(String id, FieldType type, LocalizedText label, LocalizedText help, boolean required,
                        List<ChoiceOption> options, Integer min, Integer max) {

    public FormField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(o -> o.id().equals(optionId));
    }
}
