package org.haven.insight.domain;

import java.util.List;

/** One sum read from the aggregates: the group's key (category, school id, month, dimension) and its count. */
public record CubeCount(String key, long count) {

    /**
     * The rows of a grouped count query ({@code SELECT key, COUNT(*) ... GROUP BY 1}) as counts: what the counter
     * store and every feature answering a figure when read (LiveCounts) turn their result lists into.
     */
    public static List<CubeCount> fromRows(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(cols -> new CubeCount(String.valueOf(cols[0]), ((Number) cols[1]).longValue())).toList();
    }
}
