package org.haven.directory.domain;

import java.util.regex.Pattern;

/** A plausible e-mail address: one @, a dot in the domain, no spaces, at most 254 characters. */
public final class EmailAddress {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private EmailAddress() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.strip().length() <= 254 && FORMAT.matcher(candidate.strip()).matches();
    }
}
