package org.haven.protocol.application;

import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.domain.CalendarClosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a closure the administrator adds must be: a kind, a first and last day at most a year apart, a label. */
final class ClosureRules {

    static final int LABEL_MAX = 120;

    private ClosureRules() {
    }

    /** Every problem of the closure, by field; none when it may be added. */
    static List<FieldError> check(CalendarClosure.Kind kind, LocalDate first, LocalDate last, String label) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "calendar.kind.required"));
        }
        if (first == null) {
            errors.add(new FieldError("first", "calendar.first.required"));
        }
        if (last == null) {
            errors.add(new FieldError("last", "calendar.last.required"));
        } else if (first != null && last.isBefore(first)) {
            errors.add(new FieldError("last", "calendar.last.beforeFirst"));
        } else if (first != null && last.isAfter(first.plusDays(366))) {
            errors.add(new FieldError("last", "calendar.last.tooLong"));
        }
        if (label == null || label.isBlank()) {
            errors.add(new FieldError("label", "calendar.label.required"));
        } else if (label.strip().length() > LABEL_MAX) {
            errors.add(new FieldError("label", "calendar.label.tooLong", LABEL_MAX));
        }
        return errors;
    }
}
