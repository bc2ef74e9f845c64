package org.haven.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    @Test
    void securityNameIsTheLowerCaseName() {
        assertEquals("student", Role.STUDENT.securityName());
        assertEquals("head_of_school", Role.HEAD_OF_SCHOOL.securityName());
        assertEquals("district_admin", Role.DISTRICT_ADMIN.securityName());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void fromSecurityNameRoundTrips(Role role) {
        assertEquals(role, Role.fromSecurityName(role.securityName()));
    }

    @Test
    void fromSecurityNameIgnoresCase() {
        assertEquals(Role.REFERENT, Role.fromSecurityName("Referent"));
    }

    @Test
    void fromSecurityNameRejectsUnknownNames() {
        assertThrows(IllegalArgumentException.class, () -> Role.fromSecurityName("janitor"));
        assertThrows(IllegalArgumentException.class, () -> Role.fromSecurityName(""));
        assertThrows(NullPointerException.class, () -> Role.fromSecurityName(null));
    }

    @Test
    void onlyDistrictRolesAreNotSchoolScoped() {
        for (Role role : Role.values()) {
            boolean district = role == Role.DISTRICT_LEAD || role == Role.DISTRICT_ADMIN;
            assertEquals(!district, role.isSchoolScoped(), role.name());
        }
    }

    @Test
    void schoolStaffAreTheAdultsOfASchool() {
        Set<Role> staff = Arrays.stream(Role.values()).filter(Role::isSchoolStaff).collect(Collectors.toSet());

        assertEquals(Set.of(Role.TEACHER, Role.STAFF, Role.REFERENT, Role.HEAD_OF_SCHOOL), staff);
        assertFalse(Role.STUDENT.isSchoolStaff());
        assertFalse(Role.DISTRICT_ADMIN.isSchoolStaff());
    }

    @Test
    void compileTimeNamesMatchTheSecurityNames() throws IllegalAccessException {
        Field[] fields = Role.Names.class.getDeclaredFields();
        int constants = 0;
        for (Field f : fields) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants++;
                assertEquals(Role.valueOf(f.getName()).securityName(), f.get(null), f.getName());
            }
        }
        assertEquals(Role.values().length, constants, "one name per role");
        assertTrue(constants > 0);
    }
}
