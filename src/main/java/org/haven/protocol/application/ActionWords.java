package org.haven.protocol.application;

import org.haven.platform.i18n.Messages;
import org.haven.protocol.domain.EscalationAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protocol's escalation actions in the reader's words ("Prévenir : Chef·fe d’établissement"), never in the
 * protocol's own notation ("notify head_of_school"), which staff were shown on the timeline before (issue 23). The
 * timeline stores the notation (it is what fired); it is put into words when shown, so entries written before this
 * change read the same way. Public for the protocol reading page (admin), which says the same actions the same way.
 */
public final class ActionWords {

    private static final Pattern LATE = Pattern.compile("decision (still )?late(?: \\((\\d+)\\))?");

    private ActionWords() {
    }

    /** One action in words. */
    public static String of(EscalationAction action, Locale locale) {
        return switch (action.kind()) {
            case NOTIFY -> Messages.text(locale, "escalation.action.notify", Messages.text(locale,
                    "role." + action.argument()));
            case REMIND_OWNER -> Messages.text(locale, "escalation.action.remindOwner");
            case REFERRAL -> Messages.text(locale, "escalation.action.referral", Messages.text(locale,
                    "referral.kind." + action.argument().toUpperCase(Locale.ROOT)));
            case REQUIRE_DECISION -> Messages.text(locale, "escalation.action.requireDecision");
            case SHOW_HELP_LINES -> Messages.text(locale, "escalation.action.showHelpLines");
        };
    }

    public static List<String> of(List<EscalationAction> actions, Locale locale) {
        return actions.stream().map(a -> of(a, locale)).toList();
    }

    /**
     * The detail Haven itself wrote on an escalation or overdue entry (a comma-separated list of actions, or a late
     * decision's reminder) in words; any other text (a person's) is returned as it is.
     */
    public static String detail(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        Matcher late = LATE.matcher(stored.strip());
        if (late.matches()) {
            return late.group(1) == null ? Messages.text(locale, "escalation.decisionLate")
                    : Messages.text(locale, "escalation.decisionStillLate",
                    late.group(2) == null ? "" : late.group(2));
        }
        List<String> words = new ArrayList<>();
        for (String part : stored.split(",")) {
            try {
                words.add(of(EscalationAction.parse(part), locale));
            } catch (IllegalArgumentException notAnAction) {
                return stored;
            }
        }
        return String.join(" · ", words);
    }
}
