package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The pupil's named trusted adult for a case (domain digest: protection at once, a named adult). */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "trusted_adult", length = 200)
    private String trustedAdult;

    @Column(name = "trusted_adult_role", length = 200)
    private String trustedAdultRole;

    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected SupportPlan() {
    }

    public SupportPlan(long caseId) {
        this.caseId = caseId;
    }

    public void name(String adult, String role, long by, Instant at) {
        this.trustedAdult = adult;
        this.trustedAdultRole = role;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long caseId() {
        return caseId;
    }

    public String trustedAdult() {
        return trustedAdult;
    }

    public String trustedAdultRole() {
        return trustedAdultRole;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
