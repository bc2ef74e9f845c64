package org.haven.platform.errors;

import java.util.List;

/** Input that breaks a rule checked by a service (a missing field, an unknown school, a duplicate code). */
public final class Invalid extends Refusal {

    public Invalid(List<FieldError> errors) {
        super(errors);
    }

    public static Invalid of(String field, String key, Object... args) {
        return new Invalid(one(field, key, args));
    }

    @Override
    public Invalid withErrors(List<FieldError> errors) {
        return new Invalid(errors);
    }
}
