package org.haven.protocol.domain;

import java.io.Serializable;
import java.util.Locale;

/**
 * What is wrong in a protocol file, where: shown as "file:line: message". The message is a {@link Phrase}, read in
 * the language of the page that shows it; its key is a stable machine code of the kind of problem.
 */
public record ProtocolProblem(String file, int line, Phrase phrase) implements Serializable {

    /** A problem whose text is the same in every language. */
    public ProtocolProblem(String file, int line, String message) {
        this(file, line, Phrase.literal(message));
    }

    /** The message in English (logs, the validate command). */
    public String message() {
        return phrase.in(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return phrase.in(locale);
    }

    /** "file:line: message" in this language. */
    public String describe(Locale locale) {
        return file + ":" + line + ": " + phrase.in(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
