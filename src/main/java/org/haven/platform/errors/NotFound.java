package org.haven.platform.errors;

import java.util.List;

/** The record asked for does not exist or lies outside the caller's scope (the two are never told apart). */
public final class NotFound extends Refusal {

    public NotFound(List<FieldError> errors) {
        super(errors);
    }

    public static NotFound of(String field, String key, Object... args) {
        return new NotFound(one(field, key, args));
    }

    @Override
    public NotFound withErrors(List<FieldError> errors) {
        return new NotFound(errors);
    }
}
