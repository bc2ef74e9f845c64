package org.haven.platform.security;

import java.util.Locale;

/** The roles of ARCHITECTURE.md section 2. The security name is what Jakarta Security and @RolesAllowed use. */
public enum Role {
    STUDENT(false), PARENT(false), TEACHER(true), STAFF(true), REFERENT(true), HEAD_OF_SCHOOL(true),
    DISTRICT_LEAD(false), DISTRICT_ADMIN(false);

    /** Compile-time names, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String STUDENT = "student";
        public static final String PARENT = "parent";
        public static final String TEACHER = "teacher";
        public static final String STAFF = "staff";
        public static final String REFERENT = "referent";
        public static final String HEAD_OF_SCHOOL = "head_of_school";
        public static final String DISTRICT_LEAD = "district_lead";
        public static final String DISTRICT_ADMIN = "district_admin";

        private Names() {
        }
    }

    private final boolean schoolStaff;

    Role(boolean schoolStaff) {
        this.schoolStaff = schoolStaff;
    }

    public String securityName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the role works inside one school and must be granted for a school. */
    public boolean isSchoolScoped() {
        return this != DISTRICT_LEAD && this != DISTRICT_ADMIN;
    }

    /** Teachers, other staff, referents and heads: the adults working in a school. */
    public boolean isSchoolStaff() {
        return schoolStaff;
    }

    public static Role fromSecurityName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
