package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A referral of a case to one outside body, through its lifecycle (see {@link ReferralStatus}). The content
 * (body, pupil concerned, reason, what is shared) can change while it is a draft only; once sent it is a record of
 * what was sent, and only its status, the body's reference and the closing note move on.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    /** The case's school, kept here (V28) so that insight counts referrals without reading case_file. */
    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ReferralKind kind;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(length = 200)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "rule_id", length = 80, updatable = false)
    private String ruleId;

    @Column(columnDefinition = "TEXT")
    private String reason;

    @Column(columnDefinition = "TEXT")
    private String shared;

    @Column(name = "external_ref", length = 100)
    private String externalRef;

    @Column(name = "closing_note", columnDefinition = "TEXT")
    private String closingNote;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "disclosure_id")
    private Long disclosureId;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Referral() {
    }

    /** A draft; createdBy null when a protocol rule asked for it; ruleId null when a person drafted it. */
    public Referral(long caseId, long schoolId, ReferralKind kind, Long partyId, String ruleId, Long createdBy,
                    Instant at, Instant dueAt) {
        this.caseId = caseId;
        this.schoolId = schoolId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.partyId = partyId;
        this.ruleId = ruleId;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
        this.status = ReferralStatus.DRAFT;
        this.dueAt = dueAt;
    }

    /** The case was handed over to another school: its referrals go with it. */
    public void followCase(long newSchoolId) {
        this.schoolId = newSchoolId;
    }

    /** Changes the content of a draft. */
    public void edit(Long partyId, Long bodyId, String recipient, String reason, String shared, Instant at) {
        if (status != ReferralStatus.DRAFT) {
            throw new IllegalReferralTransition(status, ReferralStatus.DRAFT);
        }
        this.partyId = partyId;
        this.bodyId = bodyId;
        this.recipient = recipient;
        this.reason = reason;
        this.shared = shared;
        this.updatedAt = at;
    }

    /**
     * Moves the referral on in its lifecycle; refuses a move its lifecycle does not allow.
     *
     * @param nextDue by when the following move is expected (null: nothing expected)
     */
    public ReferralStatus move(ReferralStatus to, Instant at, Instant nextDue) {
        if (!status.canMoveTo(to)) {
            throw new IllegalReferralTransition(status, to);
        }
        ReferralStatus from = status;
        status = to;
        updatedAt = at;
        dueAt = nextDue;
        remindedAt = null;
        return from;
    }

    public void sentWith(Long disclosureId) {
        this.disclosureId = disclosureId;
    }

    public void externalRef(String reference) {
        this.externalRef = reference;
    }

    public void closingNote(String note) {
        this.closingNote = note;
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && !status.isFinished() && dueAt.isBefore(now);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public ReferralKind kind() {
        return kind;
    }

    public Long partyId() {
        return partyId;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String recipient() {
        return recipient;
    }

    public ReferralStatus status() {
        return status;
    }

    public String ruleId() {
        return ruleId;
    }

    public String reason() {
        return reason;
    }

    public String shared() {
        return shared;
    }

    public String externalRef() {
        return externalRef;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
