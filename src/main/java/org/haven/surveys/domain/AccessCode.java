package org.haven.surveys.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A class's access code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits, so
 * that guessing one takes far more attempts than the rate limit allows. Typed in any case, with or without a
 * dash or spaces.
 */
public record AccessCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public AccessCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("not an access code");
        }
    }

    public static AccessCode generate() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AccessCode(b.toString());
    }

    /** The code as typed, normalised; null when it cannot be one (then nothing is looked up). */
    public static AccessCode parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return null;
        }
        String v = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return new AccessCode(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "ABCD-EFGH", easier to read aloud and to copy from a sheet. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }
}
