package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ClosingRule;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.PhraseException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads how a protocol's cases end: the closing rule ({@code closing}) and the follow-up after it ({@code follow_up}). */
final class ClosingReader {

    private static final List<String> CLOSING_KEYS = List.of("required_steps", "summary_required");

    private ClosingReader() {
    }

    static ClosingRule closing(ParseContext context, YamlMap top, List<String> stepIds) {
        Node node = top.get("closing");
        if (node == null) {
            return new ClosingRule(List.of(), true);
        }
        YamlMap closing = YamlMap.of(context, node, Phrase.of("protocol.what.closing"), CLOSING_KEYS);
        if (closing == null) {
            return null;
        }
        List<String> required = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap.Item item : closing.strings("required_steps", false)) {
            if (!stepIds.contains(item.text())) {
                context.report(item.node(), "protocol.problem.closing.step", item.text(),
                        Suggestions.didYouMean(item.text(), stepIds));
            } else if (seen.add(item.text())) {
                required.add(item.text());
            }
        }
        return new ClosingRule(required, closing.bool("summary_required", true));
    }

    static List<FollowUp> followUp(ParseContext context, YamlMap top) {
        List<FollowUp> followUp = new ArrayList<>();
        for (YamlMap.Item item : top.strings("follow_up", false)) {
            try {
                followUp.add(FollowUp.parse(item.text()));
            } catch (IllegalArgumentException e) {
                context.report(item.node(), "protocol.problem.followUp", PhraseException.of(e));
            }
        }
        return followUp;
    }
}
