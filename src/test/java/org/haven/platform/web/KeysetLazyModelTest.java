package org.haven.platform.web;

import org.haven.platform.paging.KeysetPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysetLazyModelTest {

    private static final int PAGE = 20;

    /** 45 sorted rows, read by keyset like the database does, recording every call. */
    static final class ListSource implements KeysetLazyModel.PageSource<String> {
        final List<String> rows;
        final List<String> afters = new ArrayList<>();
        int pageCalls;
        int countCalls;

        ListSource(List<String> rows) {
            this.rows = rows;
        }

        @Override
        public KeysetPage<String> page(String search, String after, int size) {
            pageCalls++;
            afters.add(after);
            List<String> fetched = matching(search).stream()
                    .filter(r -> after == null || r.compareTo(after) > 0)
                    .limit(size + 1L)
                    .toList();
            return KeysetPage.of(fetched, size);
        }

        @Override
        public long count(String search) {
            countCalls++;
            return matching(search).size();
        }

        private List<String> matching(String search) {
            return rows.stream().filter(r -> search == null || r.contains(search)).toList();
        }
    }

    private static List<String> rows(int from, int toExclusive) {
        return IntStream.range(from, toExclusive).mapToObj(i -> String.format("row%02d", i)).toList();
    }

    private final ListSource source = new ListSource(rows(0, 45));
    private final KeysetLazyModel<String> model = new KeysetLazyModel<>(source, r -> "key-" + r);

    private List<String> load(int first) {
        return load(first, PAGE);
    }

    private List<String> load(int first, int size) {
        return model.load(first, size, Map.of(), Map.of());
    }

    @Test
    void pagesInOrderReturnTheRightRows() {
        assertEquals(rows(0, 20), load(0));
        assertEquals(rows(20, 40), load(20));
        assertEquals(rows(40, 45), load(40));
    }

    @Test
    void nextPageStartsAfterTheLastRowShownNotAtAnOffset() {
        load(0);
        load(20);
        load(40);

        assertEquals(Arrays.asList(null, "row19", "row39"), source.afters);
        assertEquals(3, source.pageCalls, "one query per page when read in order");
    }

    @Test
    void jumpingStraightToPageThreeWalksThePagesBetween() {
        List<String> page3 = load(40);

        assertEquals(rows(40, 45), page3);
        assertEquals(Arrays.asList(null, "row19", "row39"), source.afters);
    }

    @Test
    void goingBackToAKnownPageCostsOneQuery() {
        load(40);
        source.afters.clear();

        assertEquals(rows(20, 40), load(20));
        assertEquals(rows(0, 20), load(0));
        assertEquals(Arrays.asList("row19", null), source.afters);
    }

    @Test
    void pageAfterTheEndIsEmpty() {
        assertEquals(List.of(), load(60));
        assertEquals(List.of(), load(80));
    }

    @Test
    void countIsAskedOncePerSearch() {
        assertEquals(45, model.count(Map.of()));
        load(0);
        load(20);
        assertEquals(45, model.count(Map.of()));

        assertEquals(1, source.countCalls);
    }

    @Test
    void searchResetsCountAndPages() {
        load(0);
        load(20);
        model.count(Map.of());

        model.search("row1");

        assertEquals("row1", model.getSearch());
        assertEquals(10, model.count(Map.of()), "row10 to row19");
        assertEquals(2, source.countCalls);
        source.afters.clear();
        assertEquals(rows(10, 20), load(0));
        assertEquals(Arrays.asList((String) null), source.afters, "starts again from the first page");
        assertEquals(List.of(), load(20));
    }

    @Test
    void searchingAgainAsksTheCountAgain() {
        model.search("row");
        model.count(Map.of());
        model.search("row");
        model.count(Map.of());

        assertEquals(2, source.countCalls);
    }

    @Test
    void searchClearedShowsEverythingAgain() {
        model.search("row4");
        assertEquals(5, model.count(Map.of()));

        model.search(null);

        assertEquals(45, model.count(Map.of()));
        assertEquals(rows(0, 20), load(0));
    }

    @Test
    void searchDropsPagesRememberedBeforeIt() {
        load(0);
        load(20);
        model.search("row3");
        source.afters.clear();

        assertEquals(List.of(), load(20), "row3x fit on one page: page two is empty");
        assertEquals(Arrays.asList(null, "row39"), source.afters, "walked from the first page of the new search");
    }

    @Test
    void emptySourceGivesEmptyPagesAndZeroCount() {
        KeysetLazyModel<String> empty = new KeysetLazyModel<>(new ListSource(List.of()), r -> r);

        assertEquals(0, empty.count(Map.of()));
        assertEquals(List.of(), empty.load(0, PAGE, Map.of(), Map.of()));
    }

    @Test
    void rowKeyComesFromTheFunction() {
        assertEquals("key-row07", model.getRowKey("row07"));
        assertNull(model.getRowData("key-row07"));
    }

    @Test
    void countAboveIntegerRangeIsCapped() {
        KeysetLazyModel<String> huge = new KeysetLazyModel<>(new KeysetLazyModel.PageSource<>() {
            @Override
            public KeysetPage<String> page(String search, String after, int size) {
                return new KeysetPage<>(List.of(), false);
            }

            @Override
            public long count(String search) {
                return 10_000_000_000L;
            }
        }, r -> r);

        assertEquals(Integer.MAX_VALUE, huge.count(Map.of()));
    }

    @Test
    void changingThePageSizeStillGivesTheRightRows() {
        load(0, 20);

        assertEquals(rows(20, 30), load(20, 10));
    }

    @Test
    void pagesReturnedAreOnlyThePageSize() {
        assertTrue(load(0).size() <= PAGE);
        assertEquals(PAGE, load(0).size());
    }
}
