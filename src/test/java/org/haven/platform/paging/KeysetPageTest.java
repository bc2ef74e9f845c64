package org.haven.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysetPageTest {

    @Test
    void oneRowMoreThanThePageMeansMoreFollow() {
        KeysetPage<Integer> page = KeysetPage.of(List.of(1, 2, 3, 4), 3);

        assertEquals(List.of(1, 2, 3), page.rows());
        assertTrue(page.hasMore());
    }

    @Test
    void exactlyAPageMeansNothingFollows() {
        KeysetPage<Integer> page = KeysetPage.of(List.of(1, 2, 3), 3);

        assertEquals(List.of(1, 2, 3), page.rows());
        assertFalse(page.hasMore());
    }

    @Test
    void fewerRowsThanAPage() {
        KeysetPage<Integer> page = KeysetPage.of(List.of(1), 3);

        assertEquals(List.of(1), page.rows());
        assertFalse(page.hasMore());
        assertFalse(KeysetPage.of(List.of(), 3).hasMore());
    }

    @Test
    void rowsAreAnUnmodifiableCopy() {
        List<Integer> fetched = new ArrayList<>(List.of(1, 2));
        KeysetPage<Integer> page = KeysetPage.of(fetched, 5);

        fetched.add(3);

        assertEquals(List.of(1, 2), page.rows());
        assertThrows(UnsupportedOperationException.class, () -> page.rows().add(9));
    }
}
