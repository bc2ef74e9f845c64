package org.haven.platform.errors;

import java.util.List;

/** The caller may see the record but not do this with it (a referent closing a case only the head may close). */
public final class Forbidden extends Refusal {

    public Forbidden(List<FieldError> errors) {
        super(errors);
    }

    public static Forbidden of(String field, String key, Object... args) {
        return new Forbidden(one(field, key, args));
    }

    @Override
    public Forbidden withErrors(List<FieldError> errors) {
        return new Forbidden(errors);
    }
}
