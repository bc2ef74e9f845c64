package org.haven.cases.application;

import org.haven.platform.i18n.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An urgent decision as the timeline shows it: "Les parents, Une ligne d’écoute — 4 décembre 2026 14:46 — result".
 * Safeguarding records it on the case as "PARENTS, HELP_LINE @ 2026-12-04T13:46:00Z — result" (who was called, when,
 * in UTC, and the result as typed); staff were shown that notation before (issue 23). Any other text is shown as it is.
 */
final class DecisionSummary {

    private static final Pattern STORED = Pattern.compile("([A-Z_]+(?:, [A-Z_]+)*) @ (\\S+) — (.*)", Pattern.DOTALL);

    private DecisionSummary() {
    }

    static String inWords(String stored, Locale locale, ZoneId zone) {
        if (stored == null) {
            return null;
        }
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            return stored;
        }
        List<String> called = new ArrayList<>();
        for (String party : m.group(1).split(", ")) {
            String key = "urgent.called." + party;
            if (!Messages.has(key)) {
                return stored;
            }
            called.add(Messages.text(locale, key));
        }
        String when;
        try {
            when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(Instant.parse(m.group(2)).atZone(zone));
        } catch (DateTimeParseException notAnInstant) {
            return stored;
        }
        return Messages.text(locale, "urgent.summary", String.join(", ", called), when, m.group(3));
    }
}
