package org.haven.linking.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The normalisation of each kind of signal, so that the same person or page written differently compares equal:
 * case and accents do not count, nor a leading {@code @}, nor {@code https://www.} or a trailing slash; a phone
 * number is its digits in national form ({@code +33 6 12 34 56 78} = {@code 06.12.34.56.78}).
 */
public final class SignalText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_HANDLE = Pattern.compile("[^a-z0-9._]");
    private static final int HANDLE_MIN = 3;
    private static final int HANDLE_MAX = 40;

    private SignalText() {
    }

    /** Lower case without accents. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A handle, or empty when too short, too long or made of digits and dots only. */
    public static Optional<String> handle(String raw) {
        String h = fold(raw.strip());
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        h = NOT_HANDLE.matcher(h).replaceAll("");
        h = trimDots(h);
        if (h.length() < HANDLE_MIN || h.length() > HANDLE_MAX || h.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(h);
    }

    /** A web address without scheme, "www.", query, fragment or trailing slash; empty when no host is left. */
    public static Optional<String> url(String raw) {
        String u = fold(raw.strip());
        u = u.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        u = u.replaceFirst("^www\\.", "").replaceFirst("^m\\.", "");
        int cut = firstOf(u, '?', '#');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        while (u.endsWith("/") || u.endsWith(".") || u.endsWith(",") || u.endsWith(")")) {
            u = u.substring(0, u.length() - 1);
        }
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        if (host.isEmpty() || !host.contains(".") || u.length() > Signal.VALUE_MAX) {
            return Optional.empty();
        }
        return Optional.of(u);
    }

    /** A French phone number in national form (10 digits, starting 0), or empty. */
    public static Optional<String> phone(String raw) {
        String digits = raw.replaceAll("[^0-9+]", "");
        String international = digits.startsWith("+33") ? digits.substring(3)
                : digits.startsWith("0033") ? digits.substring(4) : null;
        if (international != null) {
            // "+33 (0)6..." keeps the national 0 in brackets: it is dropped with them.
            digits = "0" + (international.startsWith("0") ? international.substring(1) : international);
        }
        return digits.matches("0[1-9][0-9]{8}") ? Optional.of(digits) : Optional.empty();
    }

    /** A class name: "4e B", "4ème B", "4EB" are all "4b"; "Seconde 3" is "seconde3". Empty when nothing is left. */
    public static Optional<String> schoolClass(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String c = fold(raw).replaceAll("[^a-z0-9]", "");
        c = c.replaceFirst("^([0-9]+)(?:eme|e)", "$1");
        return c.isEmpty() || c.length() > 20 ? Optional.empty() : Optional.of(c);
    }

    private static String trimDots(String h) {
        int start = 0;
        int end = h.length();
        while (start < end && h.charAt(start) == '.') {
            start++;
        }
        while (end > start && h.charAt(end - 1) == '.') {
            end--;
        }
        return h.substring(start, end);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
