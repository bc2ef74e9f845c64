package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.Condition;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.Facts;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.PhraseException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The parts escalation and overdue rules share: the condition ({@code when}), a delay and the actions ({@code do}). */
record RuleParts(ParseContext context, Collection<String> stepIds) {

    Condition condition(YamlMap map, Phrase what) {
        String text = map.string("when", true);
        if (text == null) {
            return null;
        }
        Condition condition;
        try {
            condition = Condition.parse(text);
        } catch (IllegalArgumentException e) {
            context.report(map.get("when"), "protocol.problem.escalation.condition", what, PhraseException.of(e));
            return null;
        }
        boolean ok = true;
        for (String fact : condition.facts()) {
            String step = Facts.overdueStep(fact);
            if (!Facts.isKnown(fact)) {
                context.report(map.get("when"), "protocol.problem.escalation.fact", what, fact,
                        Suggestions.didYouMean(fact, Facts.vocabulary()));
                ok = false;
            } else if (step != null && !stepIds.contains(step)) {
                context.report(map.get("when"), "protocol.problem.escalation.factStep", what, fact, step,
                        Suggestions.didYouMean(step, stepIds));
                ok = false;
            }
        }
        return ok ? condition : null;
    }

    Deadline deadline(YamlMap map, String key, Phrase what) {
        String text = map.string(key, false);
        if (text == null) {
            return null;
        }
        try {
            return Deadline.parse(text);
        } catch (IllegalArgumentException e) {
            context.report(map.get(key), "protocol.problem.deadline", what, key, PhraseException.of(e));
            return null;
        }
    }

    /** The actions under {@code do}; null when one is wrong. {@code allowed} null allows every kind. */
    List<EscalationAction> actions(YamlMap map, Phrase what, Set<ActionKind> allowed) {
        List<YamlMap.Item> items = map.strings("do", true);
        if (items.isEmpty()) {
            if (map.get("do") != null) {
                context.report(map.get("do"), "protocol.problem.escalation.noActions", what);
            }
            return null;
        }
        List<EscalationAction> actions = new ArrayList<>();
        boolean ok = true;
        for (YamlMap.Item item : items) {
            try {
                EscalationAction action = EscalationAction.parse(item.text());
                if (allowed != null && !allowed.contains(action.kind())) {
                    context.report(item.node(), "protocol.problem.overdue.action", what, item.text());
                    ok = false;
                } else {
                    actions.add(action);
                }
            } catch (IllegalArgumentException e) {
                context.report(item.node(), "protocol.problem.action", what, PhraseException.of(e));
                ok = false;
            }
        }
        return ok ? actions : null;
    }
}
