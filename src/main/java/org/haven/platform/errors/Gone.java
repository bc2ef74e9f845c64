package org.haven.platform.errors;

import java.util.List;

/** Something that existed and is over for good (a survey campaign that closed). */
public final class Gone extends Refusal {

    public Gone(List<FieldError> errors) {
        super(errors);
    }

    public static Gone of(String field, String key, Object... args) {
        return new Gone(one(field, key, args));
    }

    @Override
    public Gone withErrors(List<FieldError> errors) {
        return new Gone(errors);
    }
}
