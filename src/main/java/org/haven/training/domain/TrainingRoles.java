package org.haven.training.domain;

import org.haven.platform.security.Role;

import java.util.List;

/** The roles training is for: the adults of a school. */
public final class TrainingRoles {

    public static final List<Role> STAFF = List.of(Role.TEACHER, Role.STAFF, Role.REFERENT, Role.HEAD_OF_SCHOOL);

    private TrainingRoles() {
    }
}
