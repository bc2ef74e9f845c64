package org.haven.protocol.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads what a protocol file says of itself: its version, its languages and the school levels it applies to. */
final class HeaderReader {

    private static final List<String> LEVELS = List.of("primary", "college", "lycee");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private HeaderReader() {
    }

    static Integer version(ParseContext context, YamlMap top) {
        String text = top.string("version", true);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) == 0) {
            context.report(top.get("version"), "protocol.problem.version", text);
            return null;
        }
        return Integer.parseInt(text);
    }

    static List<String> languages(ParseContext context, YamlMap top) {
        Set<String> languages = new LinkedHashSet<>();
        for (YamlMap.Item item : top.strings("languages", true)) {
            if (!LANGUAGE.matcher(item.text()).matches()) {
                context.report(item.node(), "protocol.problem.language.invalid", item.text());
            } else if (!languages.add(item.text())) {
                context.report(item.node(), "protocol.problem.language.twice", item.text());
            }
        }
        if (top.get("languages") instanceof SequenceNode && languages.isEmpty()) {
            context.report(top.get("languages"), "protocol.problem.language.none");
        }
        return new ArrayList<>(languages);
    }

    static Set<SchoolLevel> levels(ParseContext context, YamlMap top) {
        Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
        List<YamlMap.Item> items = top.strings("applies_to", true);
        for (YamlMap.Item item : items) {
            if (LEVELS.contains(item.text())) {
                levels.add(SchoolLevel.values()[LEVELS.indexOf(item.text())]);
            } else {
                context.report(item.node(), "protocol.problem.level.invalid", item.text(),
                        Suggestions.didYouMean(item.text(), LEVELS));
            }
        }
        if (top.get("applies_to") instanceof SequenceNode && items.isEmpty()) {
            context.report(top.get("applies_to"), "protocol.problem.level.none");
        }
        return levels;
    }
}
