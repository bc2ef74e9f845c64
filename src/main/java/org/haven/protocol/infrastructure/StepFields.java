package org.haven.protocol.infrastructure;

import org.haven.platform.security.Role;
import org.haven.platform.text.Texts;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.PhraseException;
import org.haven.protocol.domain.StepKind;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The fields of one step: texts, owner, deadline, form, kind and the steps it comes after, each checked. */
record StepFields(ParseContext context, Collection<String> stepIds, Collection<String> formIds) {

    private static final List<String> KINDS = Arrays.stream(StepKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    LocalizedText text(YamlMap map, String key, Phrase what) {
        Node node = map.require(key, null);
        return node == null ? null : context.text(node, Phrase.of("protocol.what.part." + key, what));
    }

    Role owner(YamlMap map, Phrase what) {
        String owner = map.string("owner", false);
        if (owner == null) {
            map.require("owner", Phrase.of("protocol.problem.hint.useOneOf", StepsReader.OWNERS));
            return null;
        }
        if (!StepsReader.OWNERS.contains(owner)) {
            boolean isRole = Arrays.stream(Role.values()).anyMatch(r -> r.securityName().equals(owner));
            context.report(map.get("owner"), isRole ? "protocol.problem.step.ownerNotInSchool"
                    : "protocol.problem.step.ownerNotRole", what, owner, Suggestions.didYouMean(owner, StepsReader.OWNERS), StepsReader.OWNERS);
            return null;
        }
        return Role.fromSecurityName(owner);
    }

    Deadline due(YamlMap map, Phrase what) {
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

    String form(YamlMap map, Phrase what) {
        String form = map.string("form", false);
        if (form != null && !formIds.contains(form)) {
            context.report(map.get("form"), "protocol.problem.step.form", what, form,
                    Suggestions.didYouMean(form, formIds));
            return null;
        }
        return form;
    }

    StepKind kind(YamlMap map, Phrase what) {
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

    List<String> after(YamlMap map, Phrase what) {
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
