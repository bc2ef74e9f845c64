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

/** Sharing despite the pupil's wishes, for safety or because the law requires it, with the stated ground. */
@Entity
@Table(name = "consent_override")
public class ConsentOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "party_id", nullable = false, updatable = false)
    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsentScope scope;

    @Column(name = "legal_ground", nullable = false, columnDefinition = "TEXT", updatable = false)
    private String legalGround;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ConsentOverride() {
    }

    public ConsentOverride(long caseId, long partyId, ConsentScope scope, String legalGround, long decidedBy,
                           Instant decidedAt) {
        this.caseId = caseId;
        this.partyId = partyId;
        this.scope = scope;
        this.legalGround = legalGround;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
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

    public ConsentScope scope() {
        return scope;
    }

    public String legalGround() {
        return legalGround;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
