package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One move of a case in its lifecycle: from, to, by which action, who, when. Append-only (V26). */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private CaseStatus to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseAction action;

    @Column(name = "by_account", updatable = false)
    private Long by;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected CaseTransition() {
    }

    public CaseTransition(Long caseId, CaseStatus from, CaseStatus to, CaseAction action, Long by, Instant at) {
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.action = action;
        this.by = by;
        this.at = at;
    }

    /** The opening row of a case's lifecycle, once the database gave the case its id. */
    public static CaseTransition opened(CaseFile c) {
        return new CaseTransition(c.id(), null, CaseStatus.OPEN, CaseAction.OPEN_CASE, c.filedBy(), c.openedAt());
    }

    public Long caseId() {
        return caseId;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public CaseAction action() {
        return action;
    }

    public Long by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
