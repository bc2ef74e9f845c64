package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A report attached to a case of its school (issue 20): several reports of one incident make one case. Detaching
 * keeps the row, with who, when and why; the database lets a report be attached live to one case only.
 */
@Entity
@Table(name = "case_report")
public class AttachedReport {

    /** The longest detach reason. */
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by")
    private Long attachedBy;

    @Column(name = "detached_at")
    private Instant detachedAt;

    @Column(name = "detached_by")
    private Long detachedBy;

    @Column(name = "detach_reason", length = REASON_MAX)
    private String detachReason;

    protected AttachedReport() {
    }

    public AttachedReport(long caseId, long reportId, Long attachedBy, Instant attachedAt) {
        this.caseId = caseId;
        this.reportId = reportId;
        this.attachedBy = attachedBy;
        this.attachedAt = Objects.requireNonNull(attachedAt);
    }

    public void detach(Long by, String reason, Instant at) {
        this.detachedBy = by;
        this.detachReason = Objects.requireNonNull(reason);
        this.detachedAt = Objects.requireNonNull(at);
    }

    public boolean live() {
        return detachedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long reportId() {
        return reportId;
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    public Instant detachedAt() {
        return detachedAt;
    }

    public String detachReason() {
        return detachReason;
    }
}
