package org.haven.platform.errors;

import java.util.List;

/**
 * A request the application refuses, said by its kind (invalid input, not found, conflict, forbidden, ...) with each
 * field's message key. The application layer throws one of the kinds and never names an HTTP status; the edges
 * translate the kind once: the REST API through {@code RefusalMapper}, servlets through {@code RefusalStatus}, pages
 * through {@code FacesMessages.show}.
 */
public abstract sealed class Refusal extends RuntimeException
        permits Invalid, NotFound, Conflict, Forbidden, Gone, TooLarge, TooMany {

    /** A field and the bundle key of what is wrong with it, with the key's arguments. */
    public record FieldError(String field, String key, Object... args) {
    }

    private final transient List<FieldError> errors;

    protected Refusal(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same kind of refusal said on other fields (a page naming its own components). */
    public abstract Refusal withErrors(List<FieldError> errors);

    static List<FieldError> one(String field, String key, Object... args) {
        return List.of(new FieldError(field, key, args));
    }
}
