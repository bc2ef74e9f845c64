package org.haven.protocol.domain;

import org.haven.platform.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One line of plain text for each part of a protocol, as {@link ProtocolDiff} shows what a new version changes. */
final class ProtocolSummaries {

    private ProtocolSummaries() {
    }

    static String exporters(ProtocolDefinition p) {
        return p.evidenceExport().stream().map(Role::securityName).collect(Collectors.joining(", "));
    }

    static String training(ProtocolDefinition p) {
        if (p.training().isEmpty()) {
            return null;
        }
        return p.training().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().securityName() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String summary(StepDefinition step) {
        return "owner " + step.owner().securityName() + ", due " + step.due() + ", kind " + lower(step.kind())
                + ", form " + orNone(step.form()) + ", visible to " + visibility(step)
                + (step.skippable() ? ", skippable" : "") + ", comes after " + list(step.after());
    }

    static String summary(FormDefinition form) {
        return form.fields().size() + " fields: " + form.fields().stream().map(FormField::id)
                .collect(Collectors.joining(", "));
    }

    static String summary(FormField field) {
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

    static String summary(EscalationRule rule) {
        return "when " + rule.when() + (rule.within() == null ? "" : ", within " + rule.within()) + ": "
                + actions(rule.actions());
    }

    static String summary(ClosingRule closing) {
        return "required steps " + list(closing.requiredSteps()) + ", summary "
                + (closing.summaryRequired() ? "required" : "optional");
    }

    static String ladder(List<OverdueRule> rules) {
        return rules.isEmpty() ? "none" : rules.stream()
                .map(r -> "after " + r.after() + ": " + actions(r.actions()))
                .collect(Collectors.joining("; "));
    }

    static String followUp(List<FollowUp> followUp) {
        return followUp.isEmpty() ? "none" : followUp.stream().map(FollowUp::toString).collect(Collectors.joining(", "));
    }

    static String actions(List<EscalationAction> actions) {
        return actions.stream().map(EscalationAction::toString).collect(Collectors.joining(", "));
    }

    static String levels(ProtocolDefinition protocol) {
        return protocol.appliesTo().stream().map(ProtocolSummaries::lower).collect(Collectors.joining(", "));
    }

    static String visibility(StepDefinition step) {
        if (step.parentVisible() && step.pupilVisible()) {
            return "staff, parents and pupil";
        }
        return step.parentVisible() ? "staff and parents" : step.pupilVisible() ? "staff and pupil" : "staff only";
    }

    static String list(List<String> ids) {
        return ids.isEmpty() ? "nothing" : String.join(", ", ids);
    }

    static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
