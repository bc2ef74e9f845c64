package org.haven.platform.errors;

import java.util.List;

/**
 * Input that breaks a rule checked by a service (unknown school, duplicate code ...): answered 400 (or the
 * given status) with each field's message key. Pages show each as a message on its field; the REST API answers problem details (InvalidInputMapper).
 */
public class InvalidInputException extends RuntimeException {

    /** A field and the bundle key of what is wrong with it, with the key's arguments. */
    public record FieldError(String field, String key, Object... args) {
    }

    private final int status;
    private final transient List<FieldError> errors;

    public InvalidInputException(int status, List<FieldError> errors) {
        super(errors.toString());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(400, List.of(new FieldError(field, key, args)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
