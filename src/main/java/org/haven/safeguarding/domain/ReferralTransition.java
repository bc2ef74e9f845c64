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

/** One move of a referral: from, to, who, when, why. Append-only. */
@Entity
@Table(name = "referral_transition")
public class ReferralTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ReferralStatus to;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String note;

    @Column(name = "by_account", updatable = false)
    private Long by;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected ReferralTransition() {
    }

    public ReferralTransition(long referralId, ReferralStatus from, ReferralStatus to, String note, Long by,
                              Instant at) {
        this.referralId = referralId;
        this.from = from;
        this.to = to;
        this.note = note;
        this.by = by;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public String note() {
        return note;
    }

    public Long by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
