package org.haven.reporting.domain;


import org.haven.platform.errors.Refusal.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How each typed value of a report form is read: a choice by its name in any case, a text stripped and bounded,
 * a date neither in the future nor too old, a set of platforms. Each problem is added to the errors, by field.
 */
final class ReportFields {

    private ReportFields() {
    }

    /** A choice that may be left blank (null then). */
    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field, String key,
                                              List<FieldError> errors) {
        return value == null || value.isBlank() ? null : enumOf(type, value, field, key, errors);
    }

    /** A required choice. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, String key,
                                    List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, key + ".required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, key + ".unknown"));
            return null;
        }
    }

    /** A text field: stripped, null when blank (an error when required), refused when too long or with controls. */
    static String text(String value, int max, boolean required, String field, String key, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, key + ".required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, key + ".tooLong", max));
        } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, "text.controlCharacters"));
        }
        return v;
    }

    static LocalDate date(String value, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(today)) {
                errors.add(new FieldError("occurredOn", "report.occurredOn.future"));
            } else if (d.isBefore(today.minusYears(ReportRules.YEARS_BACK))) {
                errors.add(new FieldError("occurredOn", "report.occurredOn.tooOld", ReportRules.YEARS_BACK));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("occurredOn", "report.occurredOn.format"));
            return null;
        }
    }

    static Set<Platform> platforms(List<String> values, List<FieldError> errors) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        if (values == null) {
            return platforms;
        }
        if (values.size() > Platform.values().length) {
            errors.add(new FieldError("platforms", "report.platforms.tooMany"));
            return platforms;
        }
        for (String v : values) {
            try {
                platforms.add(Platform.valueOf(v == null ? "" : v.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("platforms", "report.platforms.unknown"));
                break;
            }
        }
        return platforms;
    }
}
