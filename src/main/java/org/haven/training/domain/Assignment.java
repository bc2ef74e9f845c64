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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A module the district admin assigned, with a due date, to the school staff holding a role (null: every school
 * role) in a school (null: every school).
 */
@Entity
@Table(name = "training_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected Assignment() {
    }

    public Assignment(String moduleId, Role role, Long schoolId, LocalDate dueOn, Instant createdAt, Long createdBy) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        if (role != null && !TrainingRoles.STAFF.contains(role)) {
            throw new IllegalArgumentException("Not a school staff role: " + role);
        }
        this.role = role;
        this.schoolId = schoolId;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = createdBy;
    }

    /** Whether it applies to a person holding these roles in this school. */
    public boolean appliesTo(long school, Collection<Role> roles) {
        return (schoolId == null || schoolId == school) && (role == null || roles.contains(role));
    }

    public Long id() {
        return id;
    }

    public String moduleId() {
        return moduleId;
    }

    public Role role() {
        return role;
    }

    public Long schoolId() {
        return schoolId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
