package org.haven.directory.domain;

import java.io.Serializable;
import java.util.Map;

/**
 * What is wrong on one line of a roster file: a message key and its arguments (line 0: the file itself). The
 * column it concerns follows from the key, so that the page and the API can name the field in plain words.
 */
public record RosterError(int line, String key, Object... args) implements Serializable {

    /** The second part of a key ("roster.birthDate.invalid") and the file's column it is about. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("kind", "kind"), Map.entry("ref", "ref"), Map.entry("firstName", "first_name"),
            Map.entry("lastName", "last_name"), Map.entry("school", "school"), Map.entry("class", "class"),
            Map.entry("birthDate", "birth_date"), Map.entry("email", "email"), Map.entry("role", "role"),
            Map.entry("children", "children"), Map.entry("username", "username"));

    /** The column of the file this error is about ("school", "birth_date"), or null for the line or the file. */
    public String column() {
        String[] parts = key.split("\\.");
        return parts.length < 3 ? null : COLUMNS.get(parts[1]);
    }
}
