package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One support offered or arranged for the pupil: who provides it and where it stands. */
@Entity
@Table(name = "support_action")
public class SupportAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private SupportKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupportStatus status;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupportAction() {
    }

    public SupportAction(long caseId, SupportKind kind, String provider, SupportStatus status, String note, long by,
                         Instant at) {
        this.caseId = caseId;
        this.kind = kind;
        this.provider = provider;
        this.status = status;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void change(SupportStatus status, String note, long by, Instant at) {
        this.status = status;
        if (note != null) {
            this.note = note;
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public SupportKind kind() {
        return kind;
    }

    public String provider() {
        return provider;
    }

    public SupportStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
