package org.haven.protocol.domain;

import org.haven.platform.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One action of a rule. {@code argument} is the role's security name for NOTIFY, the referral body for
 * REFERRAL, null otherwise. Written in a protocol as "notify head_of_school", "remind owner",
 * "referral police", "require_decision", "show_help_lines".
 */
public record EscalationAction(ActionKind kind, String argument) {

    /** The bodies a case can be referred to. */
    public static final List<String> REFERRAL_BODIES = List.of("emergency", "child_protection", "prosecutor",
            "police", "health", "platform_takedown", "education_authority");

    /** The roles a rule can notify. */
    public static final List<Role> NOTIFIABLE = List.of(Role.REFERENT, Role.HEAD_OF_SCHOOL, Role.TEACHER,
            Role.STAFF, Role.DISTRICT_LEAD);

    public EscalationAction {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Reads the text form of an action.
     *
     * @throws IllegalArgumentException with a plain message listing what is allowed
     */
    public static EscalationAction parse(String text) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String verb = words.length == 0 ? "" : words[0];
        String argument = words.length > 1 ? words[1] : null;
        if (words.length > 2) {
            throw unknown(text);
        }
        return switch (verb) {
            case "notify" -> {
                if (argument == null || NOTIFIABLE.stream().noneMatch(r -> r.securityName().equals(argument))) {
                    throw new PhraseException(Phrase.of("protocol.problem.action.role", text,
                            NOTIFIABLE.stream().map(Role::securityName).toList()));
                }
                yield new EscalationAction(ActionKind.NOTIFY, argument);
            }
            case "remind" -> {
                if (!"owner".equals(argument)) {
                    throw unknown(text);
                }
                yield new EscalationAction(ActionKind.REMIND_OWNER, null);
            }
            case "referral" -> {
                if (argument == null || !REFERRAL_BODIES.contains(argument)) {
                    throw new PhraseException(Phrase.of("protocol.problem.action.body", text,
                            List.copyOf(REFERRAL_BODIES)));
                }
                yield new EscalationAction(ActionKind.REFERRAL, argument);
            }
            case "require_decision", "show_help_lines" -> {
                if (argument != null) {
                    throw unknown(text);
                }
                yield new EscalationAction(verb.equals("show_help_lines")
                        ? ActionKind.SHOW_HELP_LINES : ActionKind.REQUIRE_DECISION, null);
            }
            default -> throw unknown(text);
        };
    }

    private static IllegalArgumentException unknown(String text) {
        return new PhraseException(Phrase.of("protocol.problem.action.unknown", text));
    }

    /** The text form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case NOTIFY -> "notify " + argument;
            case REMIND_OWNER -> "remind owner";
            case REFERRAL -> "referral " + argument;
            case REQUIRE_DECISION -> "require_decision";
            case SHOW_HELP_LINES -> "show_help_lines";
        };
    }
}
