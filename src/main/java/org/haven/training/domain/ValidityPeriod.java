package org.haven.training.domain;

import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a certificate stays valid, as a module file writes it: {@code 2 years}, {@code 18 months}, {@code 90 days}. */
public final class ValidityPeriod {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,3}) (year|month|day)s?");

    private ValidityPeriod() {
    }

    /** The period, or empty when the text is not of that form. */
    public static Optional<Period> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "year" -> Period.ofYears(n);
            case "month" -> Period.ofMonths(n);
            default -> Period.ofDays(n);
        });
    }
}
