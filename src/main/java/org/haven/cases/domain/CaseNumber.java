package org.haven.cases.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The number staff quote for a case: the year it was opened and its sequence, e.g. {@code 2026-000042}. Built from
 * the row's identity, so no counter needs locking; unique because the identity is.
 */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{6,}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case number: " + value);
        }
    }

    public static CaseNumber of(Instant openedAt, ZoneId zone, long id) {
        return new CaseNumber(String.format("%04d-%06d", openedAt.atZone(zone).getYear(), id));
    }

    /** Whether a search text looks like a case number (staff type it with or without leading zeros). */
    public static boolean looksLike(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
