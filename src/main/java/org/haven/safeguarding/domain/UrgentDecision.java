package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The decision an urgent risk asked for: who was called, when, and what came of it. */
@Entity
@Table(name = "urgent_decision")
public class UrgentDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    private Long escalationId;

    @Column(nullable = false, length = 200, updatable = false)
    private String called;

    @Column(name = "called_at", nullable = false, updatable = false)
    private Instant calledAt;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String result;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected UrgentDecision() {
    }

    public UrgentDecision(long caseId, long escalationId, Set<CalledParty> called, Instant calledAt, String result,
                          long decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.escalationId = escalationId;
        this.called = called.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.calledAt = Objects.requireNonNull(calledAt, "calledAt");
        this.result = Objects.requireNonNull(result, "result");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long escalationId() {
        return escalationId;
    }

    public Set<CalledParty> called() {
        return called.isBlank() ? EnumSet.noneOf(CalledParty.class) : Arrays.stream(called.split(","))
                .map(CalledParty::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CalledParty.class)));
    }

    public Instant calledAt() {
        return calledAt;
    }

    public String result() {
        return result;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
