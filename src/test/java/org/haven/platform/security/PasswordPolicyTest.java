package org.haven.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a1", "abcdefghij1"})
    void shorterThanTwelveIsTooShort(String password) {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(password));
    }

    @Test
    void exactlyTwelveMixedCharactersIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("abcdefghij12"));
    }

    @Test
    void exactlyMaxLengthIsAccepted() {
        String password = "a1".repeat(PasswordPolicy.MAX_LENGTH / 2);

        assertEquals(PasswordPolicy.MAX_LENGTH, password.length());
        assertEquals(Optional.empty(), PasswordPolicy.violation(password));
    }

    @Test
    void longerThanMaxLengthIsTooLong() {
        String password = "a1".repeat(PasswordPolicy.MAX_LENGTH / 2) + "x";

        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "ABCDEFGHIJKLMNOP", "éléphantsÉcole"})
    void onlyLettersIsTooSimple(String password) {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation(password));
    }

    @Test
    void onlyDigitsIsTooSimple() {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("123456789012"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijk1", "correct horse battery", "123456789012!", "Mot-de-passe-long"})
    void mixedPasswordsAreAccepted(String password) {
        assertEquals(Optional.empty(), PasswordPolicy.violation(password));
    }

    @Test
    void lengthIsCheckedBeforeSimplicity() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("abc"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("a".repeat(200)));
    }
}
