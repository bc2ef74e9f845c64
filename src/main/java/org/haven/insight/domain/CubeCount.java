package org.haven.insight.domain;

/** One sum read from the aggregates: the group's key (category, school id, month, dimension) and its count. */
public record CubeCount(String key, long count) {
}
