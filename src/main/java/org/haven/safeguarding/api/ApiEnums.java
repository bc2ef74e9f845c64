package org.haven.safeguarding.api;

import org.haven.platform.errors.Invalid;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads enum names of request bodies; an unknown name is a 400 on its field. */
final class ApiEnums {

    private ApiEnums() {
    }

    static <E extends Enum<E>> E parse(String text, Class<E> type, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Invalid.of(field, "case.filter.invalid");
        }
    }

    static <E extends Enum<E>> Set<E> parseAll(Set<String> texts, Class<E> type, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (texts != null) {
            texts.forEach(t -> set.add(parse(t, type, field)));
        }
        return set;
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        return body;
    }
}
