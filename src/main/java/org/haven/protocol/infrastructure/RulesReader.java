package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.Condition;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.Phrase;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code escalations:} and {@code overdue:} lists of a protocol file. */
final class RulesReader {

    private static final List<String> RULE_KEYS = List.of("id", "title", "when", "within", "do");
    private static final List<String> OVERDUE_KEYS = List.of("after", "do");
    private static final Set<ActionKind> OVERDUE_ACTIONS = Set.of(ActionKind.NOTIFY, ActionKind.REMIND_OWNER);

    private final ParseContext context;
    private final RuleParts parts;

    RulesReader(ParseContext context, Collection<String> stepIds) {
        this.context = context;
        this.parts = new RuleParts(context, stepIds);
    }

    List<EscalationRule> escalations(List<Node> nodes) {
        List<EscalationRule> rules = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (Node node : nodes) {
            index++;
            YamlMap map = YamlMap.of(context, node, YamlMap.phrase("escalation", index, node), RULE_KEYS);
            if (map == null) {
                continue;
            }
            String id = map.string("id", true);
            if (id != null && context.checkId(map.get("id"), id, Phrase.of("protocol.kind.escalation"))) {
                Integer first = seen.putIfAbsent(id, map.line());
                if (first != null) {
                    context.report(map.get("id"), "protocol.problem.escalation.idTwice", id, first);
                    id = null;
                }
            } else {
                id = null;
            }
            EscalationRule rule = escalation(map, id, id == null ? Phrase.of("protocol.what.escalation.n", index)
                    : Phrase.of("protocol.what.escalation", id));
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private EscalationRule escalation(YamlMap map, String id, Phrase what) {
        Condition when = parts.condition(map, what);
        Deadline within = parts.deadline(map, "within", what);
        List<EscalationAction> actions = parts.actions(map, what, null);
        Node titleNode = map.get("title");
        LocalizedText title = titleNode == null ? null
                : context.text(titleNode, Phrase.of("protocol.what.part.title", what));
        boolean decision = actions != null && actions.stream().anyMatch(a -> a.kind() == ActionKind.REQUIRE_DECISION);
        if (decision && within == null && map.get("within") == null) {
            context.report(map.get("do"), "protocol.problem.escalation.decisionWithin", what);
            return null;
        }
        if (id == null || when == null || actions == null || (map.get("within") != null && within == null)) {
            return null;
        }
        return new EscalationRule(id, when, within, actions, title);
    }

    List<OverdueRule> overdue(List<Node> nodes) {
        List<OverdueRule> rules = new ArrayList<>();
        int index = 0;
        for (Node node : nodes) {
            index++;
            Phrase what = Phrase.of("protocol.what.overdue.n", index);
            YamlMap map = YamlMap.of(context, node, what, OVERDUE_KEYS);
            if (map == null) {
                continue;
            }
            if (map.get("after") == null) {
                map.require("after", Phrase.of("protocol.problem.hint.after"));
            }
            Deadline after = parts.deadline(map, "after", what);
            List<EscalationAction> actions = parts.actions(map, what, OVERDUE_ACTIONS);
            if (after != null && actions != null) {
                rules.add(new OverdueRule(after, actions));
            }
        }
        return rules;
    }
}
