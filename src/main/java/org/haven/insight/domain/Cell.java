package org.haven.insight.domain;

import java.util.Objects;

/** One cell of a table of counts before suppression: its key (a category, a school code, a month ...) and count. */
public record Cell(String key, long count) {

    public Cell {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
    }
}
