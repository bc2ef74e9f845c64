package org.haven.protocol.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static org.haven.protocol.domain.ProtocolSummaries.actions;
import static org.haven.protocol.domain.ProtocolSummaries.exporters;
import static org.haven.protocol.domain.ProtocolSummaries.followUp;
import static org.haven.protocol.domain.ProtocolSummaries.ladder;
import static org.haven.protocol.domain.ProtocolSummaries.levels;
import static org.haven.protocol.domain.ProtocolSummaries.list;
import static org.haven.protocol.domain.ProtocolSummaries.lower;
import static org.haven.protocol.domain.ProtocolSummaries.orNone;
import static org.haven.protocol.domain.ProtocolSummaries.summary;
import static org.haven.protocol.domain.ProtocolSummaries.training;
import static org.haven.protocol.domain.ProtocolSummaries.visibility;
import static org.haven.protocol.domain.ProtocolSummaries.yesNo;

/**
 * What a new version of a protocol changes, in lines a district admin can read before activating it: steps,
 * forms and fields, escalation rules, the overdue ladder, closing and follow-up.
 */
public final class ProtocolDiff {

    private final List<DiffLine> lines = new ArrayList<>();

    private ProtocolDiff() {
    }

    /** The differences from the active version (null when there is none: everything is added). */
    public static List<DiffLine> between(ProtocolDefinition active, ProtocolDefinition candidate) {
        ProtocolDiff diff = new ProtocolDiff();
        if (active == null) {
            diff.added("protocol " + candidate.id(), "version " + candidate.version() + ", "
                    + candidate.steps().size() + " steps");
        } else {
            diff.compare("version", String.valueOf(active.version()), String.valueOf(candidate.version()));
            diff.compareTexts("title", active.title(), candidate.title());
            diff.compare("languages", String.join(", ", active.languages()), String.join(", ", candidate.languages()));
            diff.compare("applies to", levels(active), levels(candidate));
        }
        diff.keyed("step", index(active == null ? List.of() : active.steps(), StepDefinition::id),
                index(candidate.steps(), StepDefinition::id), ProtocolSummaries::summary, diff::compareSteps);
        diff.keyed("form", active == null ? Map.of() : active.forms(), candidate.forms(),
                ProtocolSummaries::summary, diff::compareForms);
        diff.keyed("escalation", index(active == null ? List.of() : active.escalations(), EscalationRule::id),
                index(candidate.escalations(), EscalationRule::id), ProtocolSummaries::summary, diff::compareRules);
        diff.compare("overdue ladder", active == null ? null : ladder(active.overdue()), ladder(candidate.overdue()));
        diff.compare("closing", active == null ? null : summary(active.closing()), summary(candidate.closing()));
        diff.compare("follow-up", active == null ? null : followUp(active.followUp()), followUp(candidate.followUp()));
        diff.compare("training required", active == null ? null : training(active), training(candidate));
        diff.compare("evidence export", active == null ? null : exporters(active), exporters(candidate));
        return List.copyOf(diff.lines);
    }

    private interface Comparison<T> {
        void compare(String subject, T before, T after);
    }

    private <T> void keyed(String kind, Map<String, T> before, Map<String, T> after, Function<T, String> summary,
                           Comparison<T> comparison) {
        before.forEach((id, value) -> {
            if (!after.containsKey(id)) {
                lines.add(new DiffLine(DiffLine.Change.REMOVED, kind + " " + id, summary.apply(value), null));
            }
        });
        after.forEach((id, value) -> {
            if (!before.containsKey(id)) {
                added(kind + " " + id, summary.apply(value));
            } else {
                comparison.compare(kind + " " + id, before.get(id), value);
            }
        });
    }

    private void compareSteps(String subject, StepDefinition before, StepDefinition after) {
        compareTexts(subject + ": title", before.title(), after.title());
        compareTexts(subject + ": guidance", before.guidance(), after.guidance());
        compare(subject + ": owner", before.owner().securityName(), after.owner().securityName());
        compare(subject + ": deadline", before.due().toString(), after.due().toString());
        compare(subject + ": kind", lower(before.kind()), lower(after.kind()));
        compare(subject + ": form", orNone(before.form()), orNone(after.form()));
        compare(subject + ": visible to", visibility(before), visibility(after));
        compare(subject + ": skippable", yesNo(before.skippable()), yesNo(after.skippable()));
        compare(subject + ": comes after", list(before.after()), list(after.after()));
    }

    private void compareForms(String subject, FormDefinition before, FormDefinition after) {
        compareTexts(subject + ": title", before.title(), after.title());
        keyed(subject + ", field", index(before.fields(), FormField::id), index(after.fields(), FormField::id),
                ProtocolSummaries::summary, this::compareField);
        List<String> orderBefore = before.fields().stream().map(FormField::id).filter(id -> after.field(id).isPresent()).toList();
        List<String> orderAfter = after.fields().stream().map(FormField::id).filter(id -> before.field(id).isPresent()).toList();
        compare(subject + ": order of fields", list(orderBefore), list(orderAfter));
    }

    private void compareField(String subject, FormField before, FormField after) {
        compare(subject, summary(before), summary(after));
        compareTexts(subject + ": label", before.label(), after.label());
        if (before.help() != null || after.help() != null) {
            compareTexts(subject + ": help", before.help() == null ? new LocalizedText(Map.of()) : before.help(),
                    after.help() == null ? new LocalizedText(Map.of()) : after.help());
        }
    }

    private void compareRules(String subject, EscalationRule before, EscalationRule after) {
        compare(subject + ": when", before.when().toString(), after.when().toString());
        compare(subject + ": within", orNone(before.within()), orNone(after.within()));
        compare(subject + ": actions", actions(before.actions()), actions(after.actions()));
    }

    private void compareTexts(String subject, LocalizedText before, LocalizedText after) {
        List<String> languages = new ArrayList<>(before.byLanguage().keySet());
        after.byLanguage().keySet().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        for (String language : languages) {
            compare(subject + " (" + language + ")", before.get(language), after.get(language));
        }
    }

    private void compare(String subject, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            added(subject, after);
        } else if (after == null) {
            lines.add(new DiffLine(DiffLine.Change.REMOVED, subject, before, null));
        } else {
            lines.add(new DiffLine(DiffLine.Change.CHANGED, subject, before, after));
        }
    }

    private void added(String subject, String after) {
        lines.add(new DiffLine(DiffLine.Change.ADDED, subject, null, after));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
