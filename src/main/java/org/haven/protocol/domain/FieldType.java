package org.haven.protocol.domain;

/** The kinds of fields a protocol form can have. */
public enum FieldType {
    TEXT, TEXTAREA, DATE, BOOLEAN, NUMBER, CHOICE
}
