package org.haven.directory.application;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A username folded as the database's collation compares it: compatibility forms (full-width letters) made
 * plain, accents dropped, case ignored. {@code stüdent}, {@code stûdent}, {@code stūdent} and {@code ＳＴＵＤＥＮＴ}
 * all fold to {@code student}. Used to count login failures of a name that belongs to no account.
 */
public final class LoginNames {

    private LoginNames() {
    }

    public static String fold(String username) {
        if (username == null) {
            return "";
        }
        String compatible = Normalizer.normalize(username.strip(), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(compatible.length());
        compatible.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK
                        && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
