package org.haven.insight.application;

import org.haven.directory.domain.SchoolLevel;
import org.haven.harm.domain.Category;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.Period;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a reader asked for, checked: the figure, its breakdown, the period, and the optional school (by code), level
 * and category. The school's scope is checked later, against the reader's schools.
 */
public record InsightQuery(Figure figure, Breakdown by, Period period, String schoolCode, SchoolLevel level,
                           String category) {

    /** The figure's rows when none is asked. */
    public static final Breakdown DEFAULT_BY = Breakdown.CATEGORY;

    /** The categories a report or a case may have. */
    public static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Enum::name).toList();

    /**
     * Reads a request's parameters; throws a 400 with every field that is wrong. Blank parameters are absent: by
     * defaults to category, the period to the year up to today.
     */
    public static InsightQuery parse(Figure figure, String by, String from, String to, String school, String level,
                                     String category, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Breakdown breakdown = figure == Figure.TRAINING ? Breakdown.STATUS : DEFAULT_BY;
        if (by != null && !by.isBlank()) {
            breakdown = Breakdown.parse(by).filter(figure::allows).orElse(null);
            if (breakdown == null) {
                errors.add(new FieldError("by", "insight.by.invalid", String.join(", ",
                        figure.breakdowns().stream().map(Breakdown::param).toList())));
            }
        }
        List<Period.Problem> problems = new ArrayList<>();
        Period period = Period.parse(from, to, today, problems).orElse(null);
        problems.forEach(p -> errors.add(new FieldError(p.field(), p.key(), Period.MAX_YEARS)));
        SchoolLevel schoolLevel = null;
        if (level != null && !level.isBlank()) {
            schoolLevel = Arrays.stream(SchoolLevel.values())
                    .filter(l -> l.name().equals(level.strip().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (schoolLevel == null) {
                errors.add(new FieldError("level", "insight.level.invalid"));
            }
        }
        String cat = null;
        if (category != null && !category.isBlank()) {
            cat = category.strip().toUpperCase(Locale.ROOT);
            if (!CATEGORIES.contains(cat)) {
                errors.add(new FieldError("category", "insight.category.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String code = school == null || school.isBlank() ? null : school.strip();
        if (figure.now()) {
            period = new Period(today, today);
        }
        return new InsightQuery(figure, breakdown, period, code, schoolLevel, cat);
    }

    /** The same question, broken down another way; a figure of today ({@link Figure#now()}) covers the last day. */
    public InsightQuery by(Figure f, Breakdown b) {
        Period p = f.now() ? new Period(period.to(), period.to()) : period;
        return new InsightQuery(f, b, p, schoolCode, level, category);
    }
}
