package org.haven.directory.domain;

import org.haven.platform.security.Role;

import java.time.LocalDate;
import java.util.List;

/** One valid line of a roster file: a student, a parent (with their children's references) or a staff member. */
public record RosterLine(int line, PersonKind kind, String ref, String firstName, String lastName,
                         String schoolCode, String className, LocalDate birthDate, String email, Role role,
                         List<String> childRefs, String username) {
}
