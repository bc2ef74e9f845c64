package org.haven.cases.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A small set of words (a case's platforms, its risk tags), in the order given; stored comma-joined. */
public record WordSet(Set<String> words) {

    public static final WordSet EMPTY = new WordSet(Set.of());

    public WordSet {
        words = Collections.unmodifiableSet(new LinkedHashSet<>(words));
    }

    public static WordSet parse(String joined) {
        return joined == null || joined.isBlank() ? EMPTY
                : new WordSet(Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public String joined() {
        return String.join(",", words);
    }
}
