package org.haven.training.domain;

import org.haven.platform.security.Role;

import java.util.Set;

/** An enabled account holding school staff roles in one school: who training compliance counts. */
public record StaffMember(long accountId, String username, String displayName, long schoolId, Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
