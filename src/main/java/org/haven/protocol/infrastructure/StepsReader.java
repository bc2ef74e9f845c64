package org.haven.protocol.infrastructure;

import org.haven.platform.security.Role;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.StepDefinition;
import org.haven.protocol.domain.StepKind;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code steps:} list of a protocol file, checking owners, deadlines, forms and dependencies. */
final class StepsReader {

    private static final List<String> STEP_KEYS = List.of("id", "title", "guidance", "kind", "owner", "due",
            "form", "parent_visible", "pupil_visible", "skippable", "after");
    static final List<String> OWNERS = Arrays.stream(Role.values()).filter(Role::isSchoolStaff)
            .map(Role::securityName).toList();

    private final ParseContext context;
    private final StepFields fields;
    private final Map<String, Integer> stepLines = new HashMap<>();

    /** @param stepIds every step id written in the file; @param formIds every form id written in the file */
    StepsReader(ParseContext context, Collection<String> stepIds, Collection<String> formIds) {
        this.context = context;
        this.fields = new StepFields(context, stepIds, formIds);
    }

    List<StepDefinition> read(List<Node> nodes) {
        List<StepDefinition> steps = new ArrayList<>();
        int index = 0;
        for (Node node : nodes) {
            index++;
            YamlMap map = YamlMap.of(context, node, YamlMap.phrase("step", index, node), STEP_KEYS);
            if (map != null) {
                StepDefinition step = step(map, index);
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        return steps;
    }

    /** The line of each valid step id, for the cycle check. */
    Map<String, Integer> lines() {
        return stepLines;
    }

    private StepDefinition step(YamlMap map, int index) {
        String id = map.string("id", true);
        if (id != null && context.checkId(map.get("id"), id, Phrase.of("protocol.kind.step"))) {
            Integer first = stepLines.putIfAbsent(id, map.line());
            if (first != null) {
                context.report(map.get("id"), "protocol.problem.step.idTwice", id, first);
                id = null;
            }
        } else {
            id = null;
        }
        Phrase what = id == null ? Phrase.of("protocol.what.step.n", index) : Phrase.of("protocol.what.step", id);
        LocalizedText title = fields.text(map, "title", what);
        LocalizedText guidance = fields.text(map, "guidance", what);
        Role owner = fields.owner(map, what);
        Deadline due = fields.due(map, what);
        String form = fields.form(map, what);
        StepKind kind = fields.kind(map, what);
        boolean parentVisible = map.bool("parent_visible", false);
        boolean pupilVisible = map.bool("pupil_visible", false);
        boolean skippable = map.bool("skippable", false);
        List<String> after = fields.after(map, what);
        if (id == null || title == null || guidance == null || owner == null || due == null || kind == null
                || after == null || (map.get("form") != null && form == null)) {
            return null;
        }
        return new StepDefinition(id, title, guidance, owner, due, form, kind, parentVisible, pupilVisible,
                skippable, after);
    }
}
