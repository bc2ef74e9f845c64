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

/** Case information told to a parent or outside the school: who was told what, when, why, by whom, on what basis. */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "party_id", updatable = false)
    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 30, updatable = false)
    private RecipientKind recipientKind;

    @Column(nullable = false, length = 200, updatable = false)
    private String recipient;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String what;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private DisclosureBasis basis;

    @Column(name = "override_id", updatable = false)
    private Long overrideId;

    @Column(name = "disclosed_by", nullable = false, updatable = false)
    private Long disclosedBy;

    @Column(name = "disclosed_at", nullable = false, updatable = false)
    private Instant disclosedAt;

    protected Disclosure() {
    }

    public Disclosure(long caseId, Long partyId, RecipientKind recipientKind, String recipient, String what,
                      String why, DisclosureBasis basis, Long overrideId, long disclosedBy, Instant disclosedAt) {
        this.caseId = caseId;
        this.partyId = partyId;
        this.recipientKind = recipientKind;
        this.recipient = recipient;
        this.what = what;
        this.why = why;
        this.basis = basis;
        this.overrideId = overrideId;
        this.disclosedBy = disclosedBy;
        this.disclosedAt = disclosedAt;
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

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    public String recipient() {
        return recipient;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public DisclosureBasis basis() {
        return basis;
    }

    public Long overrideId() {
        return overrideId;
    }

    public Long disclosedBy() {
        return disclosedBy;
    }

    public Instant disclosedAt() {
        return disclosedAt;
    }
}
