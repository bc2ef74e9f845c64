package org.haven.protocol.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A check-in after a case is closed: "2 weeks", "6 weeks", "3 months", "10 days" after the closing date. */
public record FollowUp(int amount, ChronoUnit unit) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,3})\\s+(days?|weeks?|months?)");

    public FollowUp {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new PhraseException(Phrase.of("protocol.problem.followUp.tooSoon"));
        }
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
            throw new PhraseException(Phrase.of("protocol.problem.followUp.unit"));
        }
    }

    /** @throws IllegalArgumentException with a plain message when the text is not a follow-up delay */
    public static FollowUp parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new PhraseException(Phrase.of("protocol.problem.followUp.invalid", text));
        }
        ChronoUnit unit = switch (m.group(2).charAt(0)) {
            case 'd' -> ChronoUnit.DAYS;
            case 'w' -> ChronoUnit.WEEKS;
            default -> ChronoUnit.MONTHS;
        };
        return new FollowUp(Integer.parseInt(m.group(1)), unit);
    }

    /** The day of the check-in for a case closed on the given day. */
    public LocalDate from(LocalDate closedOn) {
        return closedOn.plus(amount, unit);
    }

    @Override
    public String toString() {
        String noun = switch (unit) {
            case DAYS -> "day";
            case WEEKS -> "week";
            default -> "month";
        };
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }
}
