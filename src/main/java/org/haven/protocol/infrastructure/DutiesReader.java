package org.haven.protocol.infrastructure;

import org.haven.platform.security.Role;
import org.haven.protocol.domain.Phrase;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads what a protocol asks of roles beyond its steps: the training they must hold and who exports evidence. */
final class DutiesReader {

    private DutiesReader() {
    }

    /** The training modules a person must hold to do the steps owned by each role: {@code training: {referent: [..]}}. */
    static Map<Role, List<String>> training(ParseContext context, YamlMap top) {
        Map<Role, List<String>> required = new EnumMap<>(Role.class);
        Node node = top.get("training");
        if (node == null) {
            return required;
        }
        YamlMap map = YamlMap.of(context, node, Phrase.of("protocol.what.training"), StepsReader.OWNERS);
        if (map == null) {
            return required;
        }
        for (String role : StepsReader.OWNERS) {
            List<String> modules = new ArrayList<>();
            for (YamlMap.Item item : map.strings(role, false)) {
                if (context.checkId(item.node(), item.text(), Phrase.of("protocol.what.trainingModule"))
                        && !modules.contains(item.text())) {
                    modules.add(item.text());
                }
            }
            if (!modules.isEmpty()) {
                required.put(Role.fromSecurityName(role), List.copyOf(modules));
            }
        }
        return required;
    }

    /** The roles that may export a case's evidence dossier; by default the referent and the head of school. */
    static List<Role> evidenceExport(ParseContext context, YamlMap top) {
        if (top.get("evidence_export") == null) {
            return List.of(Role.REFERENT, Role.HEAD_OF_SCHOOL);
        }
        List<Role> roles = new ArrayList<>();
        for (YamlMap.Item item : top.strings("evidence_export", false)) {
            if (!StepsReader.OWNERS.contains(item.text())) {
                context.report(item.node(), "protocol.problem.evidenceExport", item.text(),
                        Suggestions.didYouMean(item.text(), StepsReader.OWNERS), StepsReader.OWNERS);
            } else if (!roles.contains(Role.fromSecurityName(item.text()))) {
                roles.add(Role.fromSecurityName(item.text()));
            }
        }
        return roles;
    }
}
