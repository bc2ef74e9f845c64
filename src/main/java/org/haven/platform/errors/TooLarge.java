package org.haven.platform.errors;

import java.util.List;

/** An upload or a body over the size the district allows. */
public final class TooLarge extends Refusal {

    public TooLarge(List<FieldError> errors) {
        super(errors);
    }

    public static TooLarge of(String field, String key, Object... args) {
        return new TooLarge(one(field, key, args));
    }

    @Override
    public TooLarge withErrors(List<FieldError> errors) {
        return new TooLarge(errors);
    }
}
