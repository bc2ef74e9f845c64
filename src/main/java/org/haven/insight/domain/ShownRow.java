package org.haven.insight.domain;

/** A cell as it may be shown: its count, or null and suppressed when showing it could identify a child. */
public record ShownRow(String key, Long count, boolean suppressed) {

    static ShownRow visible(Cell c) {
        return new ShownRow(c.key(), c.count(), false);
    }

    static ShownRow hidden(Cell c) {
        return new ShownRow(c.key(), null, true);
    }
}
