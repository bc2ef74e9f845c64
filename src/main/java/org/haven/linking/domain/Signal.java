package org.haven.linking.domain;

import java.util.Objects;

/**
 * One normalised thing a report mentions, comparable across reports by equality: {@code HANDLE} "kevin_93",
 * {@code PHONE} "0612345678", {@code URL} "tiktok.com/@kevin_93/video/1", {@code PLATFORM_WEEK} "TIKTOK:2026-W49",
 * {@code TARGET_CLASS} "4b". The value fits the indexed column (190 characters).
 */
public record Signal(Kind kind, String value) {

    public static final int VALUE_MAX = 190;

    public enum Kind {
        /** A username or handle ("@Kévin_93", a profile URL's name). */
        HANDLE(true),
        /** A phone number, in its national form. */
        PHONE(true),
        /** A web address, without scheme, "www.", query or fragment. */
        URL(true),
        /** A platform in a week (the week it happened, and the week before, so that neighbouring days meet). */
        PLATFORM_WEEK(false),
        /** The class of the pupil targeted, when the reporter is that pupil. */
        TARGET_CLASS(false);

        private final boolean strong;

        Kind(boolean strong) {
            this.strong = strong;
        }

        /** A strong signal alone makes a suggestion; weak ones only together. */
        public boolean strong() {
            return strong;
        }
    }

    public Signal {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        if (value.isEmpty() || value.length() > VALUE_MAX) {
            throw new IllegalArgumentException("a signal value has 1 to " + VALUE_MAX + " characters");
        }
    }
}
