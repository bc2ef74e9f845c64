package org.haven.directory.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A school's public code (in France its UAI, such as 0751234A): 3 to 20 capital letters, digits or dashes,
 * starting with a letter or digit. Given in lower case, it is normalised to upper case.
 */
public record SchoolCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

    public SchoolCode {
        Objects.requireNonNull(value, "School code is required.");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("School code must be 3 to 20 letters, digits or dashes.");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
