package org.haven.platform.text;

import java.util.Locale;

/**
 * The readings of typed or configured text every feature makes the same way: a blank text is no text, and an enum
 * constant is named in any case, with spaces around it ignored.
 */
public final class Texts {

    private Texts() {
    }

    /** The text without its surrounding spaces, or null when it is null or blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The constant the text names, in any case.
     *
     * @throws IllegalArgumentException when the text is null, blank or names no constant of the type
     */
    public static <E extends Enum<E>> E enumNamed(Class<E> type, String text) {
        if (text == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " named null");
        }
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The constant the text names, in any case, or null when the text is null or blank.
     *
     * @throws IllegalArgumentException when the text names no constant of the type
     */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
        String name = strippedOrNull(text);
        return name == null ? null : enumNamed(type, name);
    }
}
