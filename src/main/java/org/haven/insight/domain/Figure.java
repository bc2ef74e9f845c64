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
 * <li>{@code escalations}: escalation rules that fired on a case (and decisions asked outside the rules);</li>
 * <li>{@code overdue-steps}: protocol steps of open cases past their due date now (counted when read);</li>
 * <li>{@code referrals}: referrals sent to outside bodies in the period, by kind and by where they stand now
 * (counted when read: their outcome changes after the period);</li>
 * <li>{@code takedowns}: takedown requests sent to platforms in the period, by the time the platform took to
 * answer (Primero's buckets, or UNANSWERED) and where they stand (counted when read);</li>
 * <li>{@code training}: staff trainings assigned, by standing (trained, late, in progress, not started), now.</li>
 * </ul>
 * Figures without a counter ({@link #live()}) are counted by their own feature at reading time through
 * {@link LiveCounts}, each through an index; {@link #now()} figures describe today, whatever the period.
 */
public enum Figure {
    CASES(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.DELAY, Breakdown.CHANNEL)),
    REPORTS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.DELAY, Breakdown.URGENT,
            Breakdown.ANONYMOUS, Breakdown.WITNESS, Breakdown.CHANNEL)),
    REOPENED(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH)),
    STEPS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.TIMELINESS)),
    ESCALATIONS(EnumSet.of(Breakdown.CATEGORY, Breakdown.SCHOOL, Breakdown.MONTH)),
    OVERDUE_STEPS(EnumSet.of(Breakdown.SCHOOL, Breakdown.STEP, Breakdown.CATEGORY)),
    REFERRALS(EnumSet.of(Breakdown.KIND, Breakdown.OUTCOME, Breakdown.SCHOOL, Breakdown.MONTH, Breakdown.CATEGORY)),
    TAKEDOWNS(EnumSet.of(Breakdown.DELAY, Breakdown.OUTCOME, Breakdown.KIND, Breakdown.SCHOOL, Breakdown.MONTH,
            Breakdown.CATEGORY)),
    TRAINING(EnumSet.of(Breakdown.STATUS, Breakdown.SCHOOL, Breakdown.ROLE));

    private final Set<Breakdown> breakdowns;

    Figure(Set<Breakdown> breakdowns) {
        this.breakdowns = breakdowns;
    }

    public static Optional<Figure> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Figure f : values()) {
            if (f.param().equals(text.strip().toLowerCase(Locale.ROOT))) {
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

    /** Which counter of the aggregates answers this figure broken down this way; null for a live figure. */
    public Measure measure(Breakdown by) {
        return switch (this) {
            case CASES -> by == Breakdown.DELAY ? Measure.CASE_DELAY : Measure.CASE;
            case REPORTS -> by == Breakdown.DELAY ? Measure.REPORT_DELAY
                    : by == Breakdown.CHANNEL ? Measure.REPORT_CHANNEL : Measure.REPORT;
            case REOPENED -> Measure.CASE_REOPENED;
            case STEPS -> Measure.STEP;
            case ESCALATIONS -> Measure.ESCALATION;
            case OVERDUE_STEPS, REFERRALS, TAKEDOWNS, TRAINING -> null;
        };
    }

    /** Counted when read, by the feature that owns the records (no counter). */
    public boolean live() {
        return this == OVERDUE_STEPS || this == REFERRALS || this == TAKEDOWNS || this == TRAINING;
    }

    /** Describes today: the period asked does not apply. */
    public boolean now() {
        return this == OVERDUE_STEPS || this == TRAINING;
    }

    /** The figure's name in addresses: cases, overdue-steps. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
