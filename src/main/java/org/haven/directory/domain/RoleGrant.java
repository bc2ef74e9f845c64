package org.haven.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.haven.platform.security.Role;

import java.util.Objects;

/** A role held by an account, in one school or (district roles) district-wide. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "school_id")
    private Long schoolId;

    protected RoleGrant() {
    }

    public RoleGrant(Role role, Long schoolId) {
        this.role = Objects.requireNonNull(role, "Role is required.");
        if (role.isSchoolScoped() && schoolId == null) {
            throw new IllegalArgumentException("Role " + role + " is granted for a school.");
        }
        if (!role.isSchoolScoped() && schoolId != null) {
            throw new IllegalArgumentException("Role " + role + " is district-wide.");
        }
        this.schoolId = schoolId;
    }

    public Role role() {
        return role;
    }

    public Long schoolId() {
        return schoolId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGrant g && g.role == role && Objects.equals(g.schoolId, schoolId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, schoolId);
    }
}
