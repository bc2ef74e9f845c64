package org.haven.protocol.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When the condition holds for a case's facts, the actions are due, within the delay when one is given
 * (a REQUIRE_DECISION action always has one). The title is what staff read ("Danger for the pupil's life"); a
 * protocol written before titles existed has none, and its id is shown instead.
 */
public record EscalationRule(String id, Condition when, Deadline within, List<EscalationAction> actions,
                             LocalizedText title) {

    public EscalationRule(String id, Condition when, Deadline within, List<EscalationAction> actions) {
        this(id, when, within, actions, null);
    }

    /** The rule's title in this language, else its id. */
    public String titleIn(Locale locale) {
        return title == null ? id : title.in(locale);
    }

    public EscalationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        actions = List.copyOf(actions);
        if (within == null && actions.stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION)) {
            throw new IllegalArgumentException("rule " + id + ": require_decision needs 'within'");
        }
    }

    public boolean matches(Set<String> facts) {
        return when.matches(facts);
    }
}
