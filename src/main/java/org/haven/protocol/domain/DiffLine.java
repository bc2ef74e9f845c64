package org.haven.protocol.domain;

import java.util.Objects;

/**
 * One difference between two versions of a protocol, for a district admin: for example CHANGED,
 * "step inform-parents: owner", "referent", "head_of_school". {@code before} is null for ADDED, {@code after}
 * null for REMOVED.
 */
public record DiffLine(Change change, String subject, String before, String after) {

    public enum Change {
        ADDED, REMOVED, CHANGED
    }

    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(subject, "subject");
    }

    @Override
    public String toString() {
        return switch (change) {
            case ADDED -> "+ " + subject + ": " + after;
            case REMOVED -> "- " + subject + ": " + before;
            case CHANGED -> "~ " + subject + ": " + before + " -> " + after;
        };
    }
}
