package org.haven.insight.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The days a figure covers, both included: at most five years, never backwards. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;

    /** A rule that the request broke: the field and the message key. */
    public record Problem(String field, String key) {
    }

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to) || to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new IllegalArgumentException("Not a period: " + from + " to " + to);
        }
    }

    /**
     * Reads a period from its ISO dates; a missing one defaults: {@code to} to today, {@code from} to a year before
     * {@code to}. Adds to {@code problems} what is wrong, and gives a period only when nothing is.
     */
    public static Optional<Period> parse(String from, String to, LocalDate today, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        LocalDate end = date(to, "to", found);
        LocalDate start = date(from, "from", found);
        if (found.isEmpty()) {
            end = end == null ? today : end;
            start = start == null ? end.minusYears(1).plusDays(1) : start;
            if (start.isAfter(end)) {
                found.add(new Problem("from", "insight.period.backwards"));
            } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
                found.add(new Problem("to", "insight.period.tooLong"));
            }
        }
        problems.addAll(found);
        return found.isEmpty() ? Optional.of(new Period(start, end)) : Optional.empty();
    }

    private static LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "insight.date.invalid"));
            return null;
        }
    }

    /** The first instant of the period (its first day's start, UTC, as the counters' days are). */
    public java.time.Instant start() {
        return from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    /** The instant just after the period (the start of the day after its last, UTC). */
    public java.time.Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first day of each month the period touches, in order. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
