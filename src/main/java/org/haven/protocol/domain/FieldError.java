package org.haven.protocol.domain;

import java.util.List;

/** A bad value of a form field: the message key of the i18n bundle and its arguments (a bound for min/max). */
public record FieldError(String field, String key, List<Object> args) {

    public static final String REQUIRED = "protocol.form.required";
    public static final String NUMBER = "protocol.form.number";
    public static final String MIN = "protocol.form.min";
    public static final String MAX = "protocol.form.max";
    public static final String DATE = "protocol.form.date";
    public static final String CHOICE = "protocol.form.choice";

    public FieldError {
        args = List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
