package org.haven.training.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The verification code printed on a certificate: 16 random characters of Crockford's base32 (80 bits), shown in
 * groups of four ({@code 7KQ2-M9XD-...}). Typed codes are read leniently: any case, dashes or spaces, and the
 * letters O, I and L read as 0, 1 and 1.
 */
public final class CertificateCode {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new code, without dashes (as stored). */
    public static String generate() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The stored form of a typed code, or empty when it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0) {
                return Optional.empty();
            }
            b.append(d);
        }
        return b.length() == LENGTH ? Optional.of(b.toString()) : Optional.empty();
    }

    /** The code as printed: groups of four separated by dashes. */
    public static String display(String code) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(code.charAt(i));
        }
        return b.toString();
    }
}
