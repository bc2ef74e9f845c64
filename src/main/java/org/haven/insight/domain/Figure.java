package org.haven.insight.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The figures Haven counts, and the breakdowns each one allows:
 * <ul>
 * <li>{@code cases}: cases opened (from a report or filed by staff); by delay: the cases opened from a report, by the
 * time from the report to the case's opening;</li>
 * <li>{@code reports}: confidential reports received; by delay: by the time from the report to the first staff
 * action on it (a reply or the opening of its case), counted when that action happens;</li>
 * <li>{@code reopened}: cases reopened after closure (recurrence), on the day of reopening;</li>
 * <li>{@code steps}: protocol steps finished (done or skipped), on the day they were finished; by timeliness: on
 * time or after their due date;</li>
 * <li>{@code escalations}: escalation rules that fired on a case (and decisions asked outside the rules).</li>
 * </ul>
 */
public enum Figure {
    CASES(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.DELAY, Breakdown.CHANNEL)),
    REPORTS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.DELAY, Breakdown.URGENT,
            Breakdown.ANONYMOUS, Breakdown.WITNESS)),
    REOPENED(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH)),
    STEPS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.TIMELINESS)),
    ESCALATIONS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH));

    private final Set<Breakdown> breakdowns;

    Figure(Set<Breakdown> breakdowns) {
        this.breakdowns = breakdowns;
    }

    public static Optional<Figure> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Figure f : values()) {
            if (f.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public boolean allows(Breakdown by) {
        return breakdowns.contains(by);
    }

    public Set<Breakdown> breakdowns() {
        return EnumSet.copyOf(breakdowns);
    }

    /** Which counter of the aggregates answers this figure broken down this way. */
    public Measure measure(Breakdown by) {
        return switch (this) {
            case CASES -> by == Breakdown.DELAY ? Measure.CASE_DELAY : Measure.CASE;
            case REPORTS -> by == Breakdown.DELAY ? Measure.REPORT_DELAY : Measure.REPORT;
            case REOPENED -> Measure.CASE_REOPENED;
            case STEPS -> Measure.STEP;
            case ESCALATIONS -> Measure.ESCALATION;
        };
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
