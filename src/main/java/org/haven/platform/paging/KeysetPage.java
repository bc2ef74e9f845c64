package org.haven.platform.paging;

import java.util.List;

/**
 * One page of a list read by keyset: the rows, and whether more follow the last one.
 */
public record KeysetPage<T>(List<T> rows, boolean hasMore) {

    /** Builds a page from a query that fetched one row more than the page size. */
    public static <T> KeysetPage<T> of(List<T> fetched, int pageSize) {
        boolean more = fetched.size() > pageSize;
        return new KeysetPage<>(more ? List.copyOf(fetched.subList(0, pageSize)) : List.copyOf(fetched), more);
    }
}
