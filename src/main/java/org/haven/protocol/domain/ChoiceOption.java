package org.haven.protocol.domain;

import java.util.Objects;

/** One answer of a CHOICE field: the id is what is stored, the label what is shown. */
public record ChoiceOption(String id, LocalizedText label) {

    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
