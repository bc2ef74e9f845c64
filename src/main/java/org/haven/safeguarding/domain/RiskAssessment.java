package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.haven.cases.domain.RiskLevel;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One risk assessment of a case, as answered, with the level and reasons it gave. Never changed; redone anew. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "immediate_danger", nullable = false, updatable = false)
    private boolean immediateDanger;

    @Column(name = "self_harm", nullable = false, updatable = false)
    private boolean selfHarm;

    @Column(nullable = false, updatable = false)
    private boolean threats;

    @Column(name = "location_shared", nullable = false, updatable = false)
    private boolean locationShared;

    @Column(nullable = false, updatable = false)
    private boolean blackmail;

    @Column(name = "intimate_images", nullable = false, updatable = false)
    private boolean intimateImages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RiskDuration duration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RiskFrequency frequency;

    @Column(nullable = false, updatable = false)
    private boolean vulnerable;

    @Column(nullable = false, updatable = false)
    private boolean isolated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RiskLevel level;

    @Column(nullable = false, length = 400, updatable = false)
    private String reasons;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "lowered_from", length = 20, updatable = false)
    private RiskLevel loweredFrom;

    @Column(name = "lowering_reason", columnDefinition = "TEXT", updatable = false)
    private String loweringReason;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    private Long assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    protected RiskAssessment() {
    }

    public RiskAssessment(long caseId, RiskAnswers a, RiskScore score, String note, long assessedBy,
                          Instant assessedAt) {
        this.caseId = caseId;
        this.immediateDanger = a.immediateDanger();
        this.selfHarm = a.selfHarm();
        this.threats = a.threats();
        this.locationShared = a.locationShared();
        this.blackmail = a.blackmail();
        this.intimateImages = a.intimateImages();
        this.duration = a.duration();
        this.frequency = a.frequency();
        this.vulnerable = a.vulnerable();
        this.isolated = a.isolated();
        this.level = score.level();
        this.reasons = score.reasonCodes();
        this.note = note;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** Records that this assessment lowered the case's danger, from which level and why (a head of school's words). */
    public void lowered(RiskLevel from, String reason) {
        this.loweredFrom = from;
        this.loweringReason = reason;
    }

    /** The level this assessment lowered the case from; null when it lowered nothing. */
    public RiskLevel loweredFrom() {
        return loweredFrom;
    }

    public String loweringReason() {
        return loweringReason;
    }

    public RiskAnswers answers() {
        return new RiskAnswers(immediateDanger, selfHarm, threats, locationShared, blackmail, intimateImages,
                duration, frequency, vulnerable, isolated);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public RiskLevel level() {
        return level;
    }

    public List<String> reasons() {
        return reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public String note() {
        return note;
    }

    public Long assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
