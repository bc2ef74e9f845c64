package org.haven.platform.text;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Blank text is no text; enum names in any case, spaces ignored, unknown names refused. */
class TextsTest {

    @Test
    void blankTextIsNoTextAndOtherTextIsStripped() {
        assertNull(Texts.strippedOrNull(null));
        assertNull(Texts.strippedOrNull(" \t "));
        assertEquals("a b", Texts.strippedOrNull("  a b "));
    }

    @Test
    void enumNamesAreReadInAnyCase() {
        assertEquals(DayOfWeek.MONDAY, Texts.enumNamed(DayOfWeek.class, " monday "));
        assertEquals(DayOfWeek.FRIDAY, Texts.enumOrNull(DayOfWeek.class, "Friday"));
        assertNull(Texts.enumOrNull(DayOfWeek.class, " "));
        assertThrows(IllegalArgumentException.class, () -> Texts.enumNamed(DayOfWeek.class, ""));
        assertThrows(IllegalArgumentException.class, () -> Texts.enumNamed(DayOfWeek.class, null));
        assertThrows(IllegalArgumentException.class, () -> Texts.enumOrNull(DayOfWeek.class, "someday"));
    }
}
