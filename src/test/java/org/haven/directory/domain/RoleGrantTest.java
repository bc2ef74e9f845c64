package org.haven.directory.domain;

import org.haven.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoleGrantTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STUDENT", "PARENT", "TEACHER", "STAFF", "REFERENT", "HEAD_OF_SCHOOL"})
    void schoolRolesNeedASchool(Role role) {
        assertThrows(IllegalArgumentException.class, () -> new RoleGrant(role, null));
        RoleGrant grant = new RoleGrant(role, 4L);
        assertEquals(role, grant.role());
        assertEquals(4L, grant.schoolId());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DISTRICT_LEAD", "DISTRICT_ADMIN"})
    void districtRolesMustNotHaveASchool(Role role) {
        assertThrows(IllegalArgumentException.class, () -> new RoleGrant(role, 4L));
        assertNull(new RoleGrant(role, null).schoolId());
    }

    @Test
    void roleIsRequired() {
        assertThrows(NullPointerException.class, () -> new RoleGrant(null, 1L));
    }

    @Test
    void equalByRoleAndSchool() {
        assertEquals(new RoleGrant(Role.TEACHER, 1L), new RoleGrant(Role.TEACHER, 1L));
        assertEquals(new RoleGrant(Role.TEACHER, 1L).hashCode(), new RoleGrant(Role.TEACHER, 1L).hashCode());
        assertNotEquals(new RoleGrant(Role.TEACHER, 1L), new RoleGrant(Role.TEACHER, 2L));
        assertNotEquals(new RoleGrant(Role.TEACHER, 1L), new RoleGrant(Role.STAFF, 1L));
        assertEquals(new RoleGrant(Role.DISTRICT_LEAD, null), new RoleGrant(Role.DISTRICT_LEAD, null));
    }
}
