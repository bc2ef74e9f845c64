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

/** What a pupil of a case said about telling their parents and people outside the school; the latest row holds. */
@Entity
@Table(name = "case_consent")
public class CaseConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "party_id", nullable = false, updatable = false)
    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsentAnswer parents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsentAnswer outside;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseConsent() {
    }

    public CaseConsent(long caseId, long partyId, ConsentAnswer parents, ConsentAnswer outside, String note,
                       long recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.partyId = partyId;
        this.parents = parents;
        this.outside = outside;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ConsentAnswer answer(ConsentScope scope) {
        return scope == ConsentScope.PARENTS ? parents : outside;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long partyId() {
        return partyId;
    }

    public ConsentAnswer parents() {
        return parents;
    }

    public ConsentAnswer outside() {
        return outside;
    }

    public String note() {
        return note;
    }

    public Long recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
