package org.haven.protocol.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A delay written in a protocol: "4 hours", "2 days", "1 school day" ("weeks" are read as 7 days each). */
public record Deadline(int amount, DeadlineUnit unit) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\s+(hours?|days?|school\\s+days?|weeks?)");

    public Deadline {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a deadline cannot be negative");
        }
    }

    /**
     * Reads "1 hour", "4 hours", "2 days", "1 school day", "3 school days", "2 weeks".
     *
     * @throws IllegalArgumentException with a plain message when the text is not a deadline
     */
    public static Deadline parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new PhraseException(Phrase.of("protocol.problem.deadline.invalid", text));
        }
        int amount = Integer.parseInt(m.group(1));
        String unit = m.group(2).replaceAll("\\s+", " ");
        if (unit.startsWith("hour")) {
            return new Deadline(amount, DeadlineUnit.HOURS);
        }
        if (unit.startsWith("school")) {
            return new Deadline(amount, DeadlineUnit.SCHOOL_DAYS);
        }
        if (unit.startsWith("week")) {
            return new Deadline(amount * 7, DeadlineUnit.DAYS);
        }
        return new Deadline(amount, DeadlineUnit.DAYS);
    }

    /** The canonical text, which {@link #parse} reads back. */
    @Override
    public String toString() {
        String noun = switch (unit) {
            case HOURS -> "hour";
            case DAYS -> "day";
            case SCHOOL_DAYS -> "school day";
        };
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }
}
