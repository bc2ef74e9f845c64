package org.haven.platform.security;

import java.util.Optional;

/**
 * What a new password must be: at least 12 characters, not only letters or only digits, at most 128.
 * Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letters = password.chars().allMatch(Character::isLetter);
        boolean digits = password.chars().allMatch(Character::isDigit);
        if (letters || digits) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
