package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An escalation rule that fired on a case, and the decision it asked for (when it asked for one). */
@Entity
@Table(name = "case_escalation")
public class CaseEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "rule_id", nullable = false, length = 64)
    private String ruleId;

    @Column(nullable = false)
    private int cycle;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Column(name = "decision_due_at")
    private Instant decisionDueAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(columnDefinition = "TEXT")
    private String decision;

    @Column(nullable = false)
    private boolean reminded;

    /** How many times a late decision was escalated again, and when the next time is due. */
    @Column(nullable = false)
    private int reminders;

    @Column(name = "next_reminder_at")
    private Instant nextReminderAt;

    protected CaseEscalation() {
    }

    public CaseEscalation(long caseId, String ruleId, int cycle, Instant firedAt, Instant decisionDueAt) {
        this.caseId = caseId;
        this.ruleId = ruleId;
        this.cycle = cycle;
        this.firedAt = firedAt;
        this.decisionDueAt = decisionDueAt;
    }

    public boolean awaitsDecision() {
        return decisionDueAt != null && decidedAt == null;
    }

    public void decide(long by, String text, Instant at) {
        if (!awaitsDecision()) {
            throw new IllegalStateException("no decision awaited");
        }
        decidedBy = by;
        decision = text;
        decidedAt = at;
    }

    public void markReminded() {
        reminded = true;
    }

    /** A late decision was escalated again; it is escalated once more at the next instant unless decided. */
    public void escalatedAgain(Instant next) {
        reminded = true;
        reminders++;
        nextReminderAt = next;
    }

    public int reminders() {
        return reminders;
    }

    public Instant nextReminderAt() {
        return nextReminderAt;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String ruleId() {
        return ruleId;
    }

    public int cycle() {
        return cycle;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public String decision() {
        return decision;
    }

    public boolean reminded() {
        return reminded;
    }
}
