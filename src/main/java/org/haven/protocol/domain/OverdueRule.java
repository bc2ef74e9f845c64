package org.haven.protocol.domain;

import java.util.List;
import java.util.Objects;

/** A rung of the overdue ladder: once a step is late by {@code after}, the actions are taken. */
public record OverdueRule(Deadline after, List<EscalationAction> actions) {

    public OverdueRule {
        Objects.requireNonNull(after, "after");
        actions = List.copyOf(actions);
    }
}
