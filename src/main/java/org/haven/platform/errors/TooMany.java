package org.haven.platform.errors;

import java.util.List;

/** Too many attempts from the same source in the window; the caller may try again later. */
public final class TooMany extends Refusal {

    public TooMany(List<FieldError> errors) {
        super(errors);
    }

    public static TooMany of(String field, String key, Object... args) {
        return new TooMany(one(field, key, args));
    }

    @Override
    public TooMany withErrors(List<FieldError> errors) {
        return new TooMany(errors);
    }
}
