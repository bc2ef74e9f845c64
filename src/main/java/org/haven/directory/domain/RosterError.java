package org.haven.directory.domain;

/** What is wrong on one line of a roster file: a message key and its arguments (line 0: the file itself). */
public record RosterError(int line, String key, Object... args) implements java.io.Serializable {
}
