package org.haven.directory.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolCodeTest {

    @Test
    void lowerCaseIsNormalisedToUpperCase() {
        assertEquals("0751234A", new SchoolCode("0751234a").value());
    }

    @Test
    void surroundingSpacesAreStripped() {
        assertEquals("ABC-12", new SchoolCode("  abc-12 ").value());
    }

    @Test
    void toStringIsTheValue() {
        assertEquals("0751234A", new SchoolCode("0751234a").toString());
    }

    @Test
    void equalCodesWhateverTheCase() {
        assertEquals(new SchoolCode("0751234A"), new SchoolCode("0751234a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "0751234A", "A-B", "12345678901234567890", "LYCEE-HUGO"})
    void acceptsThreeToTwentyLettersDigitsOrDashes(String code) {
        assertEquals(code, new SchoolCode(code).value());
        assertTrue(SchoolCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB", "123456789012345678901", "-ABC", "AB C", "AB_C", "ÉCOLE", "AB.C", "AB/C",
            "   "})
    void rejectsBadFormats(String code) {
        assertThrows(IllegalArgumentException.class, () -> new SchoolCode(code));
        assertFalse(SchoolCode.isValid(code));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> new SchoolCode(null));
    }

    @ParameterizedTest
    @NullSource
    void isValidOfNullIsFalse(String code) {
        assertFalse(SchoolCode.isValid(code));
    }

    @Test
    void isValidAcceptsLowerCaseAndSpacesLikeTheConstructor() {
        assertTrue(SchoolCode.isValid(" 0751234a "));
    }
}
