package org.haven.insight.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    private final Suppression five = new Suppression(5);

    private static List<Cell> cells(long... counts) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(new Cell("k" + i, counts[i]));
        }
        return cells;
    }

    private static List<Long> shown(ShownTable t) {
        return t.rows().stream().map(ShownRow::count).toList();
    }

    @Test
    void largeCountsAndZerosAreShown() {
        ShownTable t = five.apply(cells(0, 5, 12));
        assertEquals(java.util.Arrays.asList(0L, 5L, 12L), shown(t));
        assertEquals(17L, t.total());
        assertFalse(t.anySuppressed());
    }

    @Test
    void aSmallCountIsHiddenWithTheSmallestOtherCellSoThatTheTotalDoesNotGiveItAway() {
        ShownTable t = five.apply(cells(3, 20, 8, 0));
        assertEquals(java.util.Arrays.asList(null, 20L, null, 0L), shown(t));
        assertEquals(31L, t.total());
        assertTrue(t.rows().get(0).suppressed());
    }

    @Test
    void hiddenCellsThatAddUpToLessThanTheThresholdGetAnotherOne() {
        ShownTable t = five.apply(cells(1, 1, 10, 30));
        assertEquals(java.util.Arrays.asList(null, null, null, 30L), shown(t));
        assertEquals(42L, t.total());
    }

    @Test
    void twoSmallCellsThatAddUpToTheThresholdAreEnough() {
        ShownTable t = five.apply(cells(2, 3, 10));
        assertEquals(java.util.Arrays.asList(null, null, 10L), shown(t));
    }

    @Test
    void aTotalBelowTheThresholdHidesTheWholeTable() {
        ShownTable t = five.apply(cells(0, 4, 0));
        assertNull(t.total());
        assertEquals(java.util.Arrays.asList(0L, null, 0L), shown(t));
    }

    @Test
    void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
        // One school of a head of school: 6 in one category, 2 in another; hiding 6 too leaves 8 = 2 + 6.
        ShownTable t = five.apply(cells(6, 2));
        assertEquals(java.util.Arrays.asList(null, null), shown(t));
        assertEquals(8L, t.total());
        ShownTable lone = five.apply(cells(4, 0, 0));
        assertNull(lone.total());
    }

    @Test
    void anEmptyTableShowsZero() {
        ShownTable t = five.apply(List.of());
        assertEquals(0L, t.total());
    }

    @Test
    void theThresholdIsConfigurableButNeverUseless() {
        ShownTable t = new Suppression(10).apply(cells(7, 30, 20));
        assertEquals(java.util.Arrays.asList(null, 30L, null), shown(t));
        assertThrows(IllegalArgumentException.class, () -> new Suppression(1));
    }
}
