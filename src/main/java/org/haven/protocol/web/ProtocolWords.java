package org.haven.protocol.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.Role;
import org.haven.protocol.application.ActionWords;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.util.List;
import java.util.Locale;

/**
 * A protocol's notation in the reader's words for the reading page (issue 23): delays ("within 2 school days"),
 * escalation actions (through {@link ActionWords}, as the case timeline says them), the steps a step waits for by
 * their titles. Never the keys themselves.
 */
@Named("protocolWords")
@ApplicationScoped
public class ProtocolWords {

    /** "within 2 school days", "within 4 hours", "the same day". */
    public String due(Deadline deadline, Locale locale) {
        return deadline == null ? "" : Messages.text(locale, "protocol.read.due." + deadline.unit(),
                deadline.amount());
    }

    /** When a late step's rung fires: "As soon as it is late:", "Late by 1 school day:". */
    public String late(Deadline after, Locale locale) {
        return Messages.text(locale, "protocol.read.late." + after.unit(), after.amount());
    }

    /** "2 weeks after closing". */
    public String followUp(FollowUp followUp, Locale locale) {
        return Messages.text(locale, "protocol.read.followUp." + followUp.unit().name(), followUp.amount());
    }

    public List<String> actions(List<EscalationAction> actions, Locale locale) {
        return ActionWords.of(actions, locale);
    }

    /** The titles of the steps this one waits for, in the protocol's order. */
    public List<String> after(ProtocolDefinition protocol, StepDefinition step, Locale locale) {
        return step.after().stream().map(id -> protocol.step(id).map(s -> s.title().in(locale)).orElse(id)).toList();
    }

    /** The titles of the steps a case must have done to close. */
    public List<String> required(ProtocolDefinition protocol, Locale locale) {
        return protocol.closing().requiredSteps().stream()
                .map(id -> protocol.step(id).map(s -> s.title().in(locale)).orElse(id)).toList();
    }

    public String role(Role role, Locale locale) {
        return Messages.text(locale, "role." + role.securityName());
    }
}
