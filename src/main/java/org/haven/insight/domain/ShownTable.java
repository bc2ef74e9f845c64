package org.haven.insight.domain;

import java.util.List;

/**
 * A table of counts after suppression: its rows in their original order and its total (null when the total itself
 * is below the threshold), with the threshold that was applied.
 */
public record ShownTable(int threshold, List<ShownRow> rows, Long total) {

    public ShownTable {
        rows = List.copyOf(rows);
    }

    public boolean anySuppressed() {
        return total == null || rows.stream().anyMatch(ShownRow::suppressed);
    }
}
