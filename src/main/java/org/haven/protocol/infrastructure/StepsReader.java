package org.haven.protocol.infrastructure;

import org.haven.directory.domain.Role;
import org.haven.platform.text.Texts;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.PhraseException;
import org.haven.protocol.domain.StepDefinition;
import org.haven.protocol.domain.StepKind;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code steps:} list of a protocol file, checking owners, deadlines, forms and dependencies. */
final class StepsReader {

    private static final List<String> STEP_KEYS = List.of("id", "title", "guidance", "kind", "owner", "due",
            "form", "parent_visible", "pupil_visible", "skippable", "after");
    static final List<String> OWNERS = Arrays.stream(Role.values()).filter(Role::isSchoolStaff)
            .map(Role::securityName).toList();
    private static final List<String> KINDS = Arrays.stream(StepKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    private final ParseContext context;
    private final Collection<String> stepIds;
    private final Collection<String> formIds;
    private final Map<String, Integer> stepLines = new HashMap<>();

    /** @param stepIds every step id written in the file; @param formIds every form id written in the file */
    StepsReader(ParseContext context, Collection<String> stepIds, Collection<String> formIds) {
        this.context = context;
        this.stepIds = stepIds;
        this.formIds = formIds;
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
        LocalizedText title = text(map, "title", what);
        LocalizedText guidance = text(map, "guidance", what);
        Role owner = owner(map, what);
        Deadline due = due(map, what);
        String form = form(map, what);
        StepKind kind = kind(map, what);
        boolean parentVisible = map.bool("parent_visible", false);
        boolean pupilVisible = map.bool("pupil_visible", false);
        boolean skippable = map.bool("skippable", false);
        List<String> after = after(map, what);
        if (id == null || title == null || guidance == null || owner == null || due == null || kind == null
                || after == null || (map.get("form") != null && form == null)) {
            return null;
        }
        return new StepDefinition(id, title, guidance, owner, due, form, kind, parentVisible, pupilVisible,
                skippable, after);
    }

    private LocalizedText text(YamlMap map, String key, Phrase what) {
        Node node = map.require(key, null);
        return node == null ? null : context.text(node, Phrase.of("protocol.what.part." + key, what));
    }

    private Role owner(YamlMap map, Phrase what) {
        String owner = map.string("owner", false);
        if (owner == null) {
            map.require("owner", Phrase.of("protocol.problem.hint.useOneOf", OWNERS));
            return null;
        }
        if (!OWNERS.contains(owner)) {
            boolean isRole = Arrays.stream(Role.values()).anyMatch(r -> r.securityName().equals(owner));
            context.report(map.get("owner"), isRole ? "protocol.problem.step.ownerNotInSchool"
                    : "protocol.problem.step.ownerNotRole", what, owner, Suggestions.didYouMean(owner, OWNERS), OWNERS);
            return null;
        }
        return Role.fromSecurityName(owner);
    }

    private Deadline due(YamlMap map, Phrase what) {
        String due = map.string("due", false);
        if (due == null) {
            map.require("due", Phrase.of("protocol.problem.hint.due"));
            return null;
        }
        try {
            return Deadline.parse(due);
        } catch (IllegalArgumentException e) {
            context.report(map.get("due"), "protocol.problem.step.due", what, PhraseException.of(e));
            return null;
        }
    }

    private String form(YamlMap map, Phrase what) {
        String form = map.string("form", false);
        if (form != null && !formIds.contains(form)) {
            context.report(map.get("form"), "protocol.problem.step.form", what, form,
                    Suggestions.didYouMean(form, formIds));
            return null;
        }
        return form;
    }

    private StepKind kind(YamlMap map, Phrase what) {
        String kind = map.string("kind", false);
        if (kind == null) {
            return StepKind.OTHER;
        }
        if (!KINDS.contains(kind)) {
            context.report(map.get("kind"), "protocol.problem.step.kind", what, kind,
                    Suggestions.didYouMean(kind, KINDS), KINDS);
            return null;
        }
        return Texts.enumNamed(StepKind.class, kind);
    }

    private List<String> after(YamlMap map, Phrase what) {
        List<String> after = new ArrayList<>();
        boolean ok = true;
        for (YamlMap.Item item : map.strings("after", false)) {
            if (!stepIds.contains(item.text())) {
                context.report(item.node(), "protocol.problem.step.after", what, item.text(),
                        Suggestions.didYouMean(item.text(), stepIds));
                ok = false;
            } else {
                after.add(item.text());
            }
        }
        return ok ? after : null;
    }
}
