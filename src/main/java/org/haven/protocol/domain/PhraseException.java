package org.haven.protocol.domain;

import java.util.Locale;

/**
 * A value of a protocol file that cannot be read, saying why in a {@link Phrase}: its message is the English
 * text (logs, the validate command), the phrase is what a page shows in its own language.
 */
public class PhraseException extends IllegalArgumentException {

    private final Phrase phrase;

    public PhraseException(Phrase phrase) {
        super(phrase.in(Locale.ENGLISH));
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }

    /** The phrase of an exception thrown while reading a value: its own when it has one, else its message. */
    public static Phrase of(RuntimeException e) {
        return e instanceof PhraseException p ? p.phrase() : Phrase.literal(e.getMessage());
    }
}
