package org.haven.surveys.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a survey file may ask; each kind takes its own shape of answer. */
public enum QuestionKind {
    /** One option (a string: the option's id). */
    SINGLE,
    /** Any number of options (a list of option ids). */
    MULTIPLE,
    /** A whole number between the question's min and max. */
    SCALE,
    /** A short free text, at most the question's max_length. */
    TEXT;

    public static Optional<QuestionKind> parse(String text) {
        for (QuestionKind k : values()) {
            if (k.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
