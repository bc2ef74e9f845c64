package org.haven.platform.errors;

import java.util.List;

/** A move the record's state does not allow now (a closed case, a report already attached, a code not yet open). */
public non-sealed class Conflict extends Refusal {

    public Conflict(List<FieldError> errors) {
        super(errors);
    }

    public static Conflict of(String field, String key, Object... args) {
        return new Conflict(one(field, key, args));
    }

    @Override
    public Conflict withErrors(List<FieldError> errors) {
        return new Conflict(errors);
    }
}
