package org.haven.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.haven.platform.security.Role;

import java.time.Instant;
import java.util.Objects;

/** A module that people in a role must hold a valid certificate of (for example the referents' modules). */
@Entity
@Table(name = "training_role_requirement")
public class RoleRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleRequirement() {
    }

    public RoleRequirement(Role role, String moduleId, Instant createdAt) {
        if (!TrainingRoles.STAFF.contains(role)) {
            throw new IllegalArgumentException("Not a school staff role: " + role);
        }
        this.role = role;
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public String moduleId() {
        return moduleId;
    }
}
