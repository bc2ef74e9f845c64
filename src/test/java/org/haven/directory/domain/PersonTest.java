package org.haven.directory.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final School SCHOOL = new School(1L, new SchoolCode("0751234A"), "Collège Hugo",
            SchoolLevel.COLLEGE, NOW);

    private static Person student(String ref) {
        return new Person(1L, PersonKind.STUDENT, ref, "Alice", "Martin", SCHOOL, NOW);
    }

    private static Person parent() {
        return new Person(1L, PersonKind.PARENT, "P1", "Claire", "Martin", null, NOW);
    }

    @Test
    void studentNeedsASchool() {
        assertThrows(IllegalArgumentException.class,
                () -> new Person(1L, PersonKind.STUDENT, "S1", "Alice", "Martin", null, NOW));
    }

    @Test
    void staffNeedsASchool() {
        assertThrows(IllegalArgumentException.class,
                () -> new Person(1L, PersonKind.STAFF, "T1", "Denis", "Leroy", null, NOW));
    }

    @Test
    void parentNeedsNoSchool() {
        Person parent = parent();

        assertNull(parent.school());
        assertEquals(PersonKind.PARENT, parent.kind());
    }

    @Test
    void studentKeepsItsSchoolAndNames() {
        Person s = student("S1");

        assertSame(SCHOOL, s.school());
        assertEquals("Alice Martin", s.fullName());
        assertEquals("S1", s.externalRef());
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThrows(NullPointerException.class,
                () -> new Person(null, PersonKind.STUDENT, "S1", "A", "B", SCHOOL, NOW));
        assertThrows(NullPointerException.class, () -> new Person(1L, null, "S1", "A", "B", SCHOOL, NOW));
        assertThrows(NullPointerException.class,
                () -> new Person(1L, PersonKind.STUDENT, null, "A", "B", SCHOOL, NOW));
        assertThrows(NullPointerException.class,
                () -> new Person(1L, PersonKind.STUDENT, "S1", null, "B", SCHOOL, NOW));
        assertThrows(NullPointerException.class,
                () -> new Person(1L, PersonKind.STUDENT, "S1", "A", null, SCHOOL, NOW));
    }

    @Test
    void parentAddsStudentChildren() {
        Person parent = parent();
        Person s1 = student("S1");
        Person s2 = student("S2");

        parent.addChild(s1);
        parent.addChild(s2);
        parent.addChild(s1);

        assertEquals(2, parent.children().size());
        assertTrue(parent.children().containsAll(Set.of(s1, s2)));
    }

    @Test
    void childrenIsAnUnmodifiableCopy() {
        Person parent = parent();
        parent.addChild(student("S1"));

        assertThrows(UnsupportedOperationException.class, () -> parent.children().add(student("S2")));
    }

    @Test
    void childMustBeAStudent() {
        Person parent = parent();
        Person staff = new Person(1L, PersonKind.STAFF, "T1", "Denis", "Leroy", SCHOOL, NOW);
        Person otherParent = new Person(1L, PersonKind.PARENT, "P2", "Eve", "Petit", null, NOW);

        assertThrows(IllegalArgumentException.class, () -> parent.addChild(staff));
        assertThrows(IllegalArgumentException.class, () -> parent.addChild(otherParent));
        assertTrue(parent.children().isEmpty());
    }

    @Test
    void onlyAParentHasChildren() {
        Person student = student("S1");
        Person staff = new Person(1L, PersonKind.STAFF, "T1", "Denis", "Leroy", SCHOOL, NOW);

        assertThrows(IllegalStateException.class, () -> student.addChild(student("S2")));
        assertThrows(IllegalStateException.class, () -> staff.addChild(student("S2")));
    }
}
