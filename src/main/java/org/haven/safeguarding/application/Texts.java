package org.haven.safeguarding.application;

import org.haven.platform.errors.Refusal.FieldError;

import java.util.List;

/** The checks every free text of the safeguarding forms goes through. */
final class Texts {

    static final int LONG = 5000;
    static final int SHORT = 200;

    private Texts() {
    }

    /** Adds an error when a required text is blank or a text is longer than max; returns the stripped text or null. */
    static String check(String field, String value, boolean required, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            errors.add(new FieldError(field, "case.text.required"));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, "case.text.long", max));
        }
        return v.isEmpty() ? null : v;
    }
}
