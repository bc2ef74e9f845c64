package org.haven.platform.web;

import org.haven.platform.paging.KeysetPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy model that reads pages by keyset, never by OFFSET: it remembers the last row of each page
 * it has shown, so the next page starts after it. Going further than one page ahead walks the pages between.
 * The count is taken once per search, not on every page. Serializable with what it holds (its source, its row
 * key, the last row of each page), so that a table keeps its place when the session moves to another instance of
 * a cluster (issue 17).
 */
public class KeysetLazyModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Reads a page of rows after the given one (null for the first page). */
    public interface PageSource<T> extends Serializable {
        KeysetPage<T> page(String search, T after, int size);

        long count(String search);
    }

    /** A row's key for the table's selection; serializable, as a method reference or lambda given here is. */
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    private final PageSource<T> source;
    private final RowKey<T> rowKey;
    private final Map<Integer, T> lastRowOfPage = new HashMap<>();
    private String search;
    private Long count;
    private int lastPageSize;

    public KeysetLazyModel(PageSource<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    public void search(String newSearch) {
        this.search = newSearch;
        this.count = null;
        lastRowOfPage.clear();
    }

    public String getSearch() {
        return search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (count == null) {
            count = source.count(search);
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize != lastPageSize) {
            lastRowOfPage.clear();
            lastPageSize = pageSize;
        }
        int pageIndex = first / Math.max(1, pageSize);
        int known = pageIndex - 1;
        while (known >= 0 && !lastRowOfPage.containsKey(known)) {
            known--;
        }
        KeysetPage<T> page = null;
        for (int p = known + 1; p <= pageIndex; p++) {
            page = source.page(search, p == 0 ? null : lastRowOfPage.get(p - 1), pageSize);
            if (page.rows().isEmpty()) {
                break;
            }
            lastRowOfPage.put(p, page.rows().getLast());
        }
        return page == null ? List.of() : page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null;
    }
}
