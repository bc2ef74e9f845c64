package org.haven.directory.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SchoolCode} as its text. */
@Converter
public class SchoolCodeConverter implements AttributeConverter<SchoolCode, String> {

    @Override
    public String convertToDatabaseColumn(SchoolCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public SchoolCode convertToEntityAttribute(String value) {
        return value == null ? null : new SchoolCode(value);
    }
}
