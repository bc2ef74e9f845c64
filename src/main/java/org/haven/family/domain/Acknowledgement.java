package org.haven.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A parent confirmed reading a parent-visible timeline entry of a case. */
@Entity
@Table(name = "family_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    public Acknowledgement(long caseId, long eventId, long accountId, Instant acknowledgedAt) {
        this.caseId = caseId;
        this.eventId = eventId;
        this.accountId = accountId;
        this.acknowledgedAt = acknowledgedAt;
    }

    public Long caseId() {
        return caseId;
    }

    public Long eventId() {
        return eventId;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
