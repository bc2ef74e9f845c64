package org.haven.reporting.domain;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The 16-digit code a reporter keeps to come back to their report. 10^16 codes: guessing one is hopeless, the
 * more so as attempts are rate-limited. Written with spaces or dashes, it is read without them.
 */
public record ReceiptCode(String digits) {

    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptCode {
        Objects.requireNonNull(digits, "digits");
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("A receipt is 16 digits.");
        }
    }

    public static ReceiptCode generate() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return new ReceiptCode(b.toString());
    }

    /** Reads a receipt as a person may type it ("1234 5678-9012 3456"); null when it is not 16 digits. */
    public static ReceiptCode parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return isWellFormed(digits) ? new ReceiptCode(digits) : null;
    }

    private static boolean isWellFormed(String s) {
        return s.length() == LENGTH && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Grouped by four for reading aloud and copying: "1234 5678 9012 3456". */
    public String formatted() {
        return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
                + digits.substring(12);
    }

    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }
}
