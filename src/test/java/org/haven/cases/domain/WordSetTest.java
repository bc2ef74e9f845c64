package org.haven.cases.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A case's platforms and risk tags read back from their column as they were stored, in their order. */
class WordSetTest {

    @Test
    void wordsGoThroughTheirColumnUnchanged() {
        CommaJoined column = new CommaJoined();
        WordSet tags = WordSet.parse("threats,self_harm,adult_author");
        assertEquals(List.of("threats", "self_harm", "adult_author"), List.copyOf(tags.words()));
        assertEquals("threats,self_harm,adult_author", column.convertToDatabaseColumn(tags));
        assertEquals(tags, column.convertToEntityAttribute(column.convertToDatabaseColumn(tags)));
        assertEquals(Set.of(), column.convertToEntityAttribute("").words());
        assertEquals(Set.of(), column.convertToEntityAttribute(null).words());
        assertEquals("", column.convertToDatabaseColumn(null));
    }
}
