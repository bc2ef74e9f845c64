package org.haven.cases.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link WordSet} in one column, comma-joined. */
@Converter
public class CommaJoined implements AttributeConverter<WordSet, String> {

    @Override
    public String convertToDatabaseColumn(WordSet words) {
        return words == null ? "" : words.joined();
    }

    @Override
    public WordSet convertToEntityAttribute(String joined) {
        return WordSet.parse(joined);
    }
}
