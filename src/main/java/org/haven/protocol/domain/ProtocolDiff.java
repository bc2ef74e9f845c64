package org.haven.protocol.domain;

import org.haven.platform.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
                index(candidate.steps(), StepDefinition::id), ProtocolDiff::summary, diff::compareSteps);
        diff.keyed("form", active == null ? Map.of() : active.forms(), candidate.forms(),
                ProtocolDiff::summary, diff::compareForms);
        diff.keyed("escalation", index(active == null ? List.of() : active.escalations(), EscalationRule::id),
                index(candidate.escalations(), EscalationRule::id), ProtocolDiff::summary, diff::compareRules);
        diff.compare("overdue ladder", active == null ? null : ladder(active.overdue()), ladder(candidate.overdue()));
        diff.compare("closing", active == null ? null : summary(active.closing()), summary(candidate.closing()));
        diff.compare("follow-up", active == null ? null : followUp(active.followUp()), followUp(candidate.followUp()));
        diff.compare("training required", active == null ? null : training(active), training(candidate));
        diff.compare("evidence export", active == null ? null : exporters(active), exporters(candidate));
        return List.copyOf(diff.lines);
    }

    private static String exporters(ProtocolDefinition p) {
        return p.evidenceExport().stream().map(Role::securityName).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String training(ProtocolDefinition p) {
        if (p.training().isEmpty()) {
            return null;
        }
        return p.training().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().securityName() + ": " + String.join(", ", e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
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
                ProtocolDiff::summary, this::compareField);
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

    private static String summary(StepDefinition step) {
        return "owner " + step.owner().securityName() + ", due " + step.due() + ", kind " + lower(step.kind())
                + ", form " + orNone(step.form()) + ", visible to " + visibility(step)
                + (step.skippable() ? ", skippable" : "") + ", comes after " + list(step.after());
    }

    private static String summary(FormDefinition form) {
        return form.fields().size() + " fields: " + form.fields().stream().map(FormField::id)
                .collect(Collectors.joining(", "));
    }

    private static String summary(FormField field) {
        StringBuilder text = new StringBuilder(lower(field.type()));
        text.append(field.required() ? ", required" : ", optional");
        if (!field.options().isEmpty()) {
            text.append(", options ").append(field.options().stream().map(ChoiceOption::id)
                    .collect(Collectors.joining(", ")));
        }
        if (field.min() != null) {
            text.append(", min ").append(field.min());
        }
        if (field.max() != null) {
            text.append(", max ").append(field.max());
        }
        return text.toString();
    }

    private static String summary(EscalationRule rule) {
        return "when " + rule.when() + (rule.within() == null ? "" : ", within " + rule.within()) + ": "
                + actions(rule.actions());
    }

    private static String summary(ClosingRule closing) {
        return "required steps " + list(closing.requiredSteps()) + ", summary "
                + (closing.summaryRequired() ? "required" : "optional");
    }

    private static String ladder(List<OverdueRule> rules) {
        return rules.isEmpty() ? "none" : rules.stream()
                .map(r -> "after " + r.after() + ": " + actions(r.actions()))
                .collect(Collectors.joining("; "));
    }

    private static String followUp(List<FollowUp> followUp) {
        return followUp.isEmpty() ? "none" : followUp.stream().map(FollowUp::toString).collect(Collectors.joining(", "));
    }

    private static String actions(List<EscalationAction> actions) {
        return actions.stream().map(EscalationAction::toString).collect(Collectors.joining(", "));
    }

    private static String levels(ProtocolDefinition protocol) {
        return protocol.appliesTo().stream().map(ProtocolDiff::lower).collect(Collectors.joining(", "));
    }

    private static String visibility(StepDefinition step) {
        if (step.parentVisible() && step.pupilVisible()) {
            return "staff, parents and pupil";
        }
        return step.parentVisible() ? "staff and parents" : step.pupilVisible() ? "staff and pupil" : "staff only";
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "nothing" : String.join(", ", ids);
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
