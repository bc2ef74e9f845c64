package org.haven.directory.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.fr", "claire.martin@ac-paris.fr", "x+tag@sub.example.org", " a@b.fr ",
            "élève@école.fr"})
    void acceptsPlausibleAddresses(String email) {
        assertTrue(EmailAddress.isValid(email));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "a@b", "@b.fr", "a@.fr", "a@b.f", "a b@c.fr", "a@b c.fr", "a@@b.fr",
            "a@b@c.fr", "a@b.fr\nBcc:x@y.fr"})
    void rejectsImplausibleAddresses(String email) {
        assertFalse(EmailAddress.isValid(email));
    }

    @Test
    void localPartIsAtMost64Characters() {
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@b.fr"));
        assertFalse(EmailAddress.isValid("a".repeat(65) + "@b.fr"));
    }

    @Test
    void wholeAddressIsAtMost254Characters() {
        String domain254 = "d".repeat(254 - 2 - 3) + ".fr"; // "a@" + domain = 254
        String domain255 = "d".repeat(255 - 2 - 3) + ".fr";

        assertTrue(EmailAddress.isValid("a@" + domain254));
        assertFalse(EmailAddress.isValid("a@" + domain255));
    }
}
