package org.haven.protocol.domain;

import org.haven.platform.security.Role;

import java.util.List;
import java.util.Objects;

/**
 * A step of a protocol. {@code form} is null when the step is recorded by a note only; {@code after} holds the
 * ids of the steps it waits for.
 */
public record StepDefinition(String id, LocalizedText title, LocalizedText guidance, Role owner, Deadline due,
                             String form, StepKind kind, boolean parentVisible, boolean pupilVisible,
                             boolean skippable, List<String> after) {

    public StepDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        after = after == null ? List.of() : List.copyOf(after);
    }
}
