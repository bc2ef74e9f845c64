package org.haven.reporting.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123456", "1234 5678 9012 3456", "1234-5678-9012-3456", "  1234 5678-9012 3456 ",
            "1234\t5678\n9012 3456", "12 34 56 78 90 12 34 56"})
    void aReceiptIsReadAsAPersonTypesIt(String typed) {
        ReceiptCode code = ReceiptCode.parse(typed);

        assertEquals("1234567890123456", code.digits());
        assertEquals("1234 5678 9012 3456", code.formatted());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789012345", "1234 5678 9012 345", "12345678901234567", "1234 5678 9012 3456 7",
            "1234 5678 ABCD 3456", "1234567890I23456", "1234_5678_9012_3456", "1234.5678.9012.3456",
            "１２３４５６７８９０１２３４５６", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦", "+234567890123456", "-1234567890123456-x",
            "    ", "1234 5678 9012 3456                          "})
    void anythingButSixteenAsciiDigitsIsNoReceipt(String typed) {
        assertNull(ReceiptCode.parse(typed));
    }

    @Test
    void aVeryLongInputIsNotEvenRead() {
        assertNull(ReceiptCode.parse("1".repeat(16) + " ".repeat(30)), "more than 40 characters");
        assertNull(ReceiptCode.parse("-".repeat(100_000) + "1234567890123456"));
    }

    @Test
    void theConstructorTakesOnlyDigits() {
        assertThrows(NullPointerException.class, () -> new ReceiptCode(null));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("1234 5678 9012 3456"));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("123456789012345"));
    }

    @Test
    void itsTextNeverShowsTheDigits() {
        ReceiptCode code = new ReceiptCode("9876543210123456");

        assertFalse(code.toString().contains("9876"), code.toString());
        assertFalse(String.valueOf(code).matches(".*\\d{4}.*"));
        assertEquals("ReceiptCode[hidden]", code.toString());
    }

    @Test
    void generatedReceiptsAreSixteenDigitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ReceiptCode code = ReceiptCode.generate();
            assertTrue(code.digits().matches("\\d{16}"));
            assertTrue(code.formatted().matches("\\d{4} \\d{4} \\d{4} \\d{4}"));
            assertEquals(code, ReceiptCode.parse(code.formatted()));
            assertTrue(seen.add(code.digits()));
        }
    }
}
