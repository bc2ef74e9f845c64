package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A check-in with the pupil after closure (for example two weeks later): a task until someone records it. */
@Entity
@Table(name = "case_follow_up")
public class CaseFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private int cycle;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 40)
    private String label;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Column(nullable = false)
    private boolean reminded;

    protected CaseFollowUp() {
    }

    public CaseFollowUp(long caseId, int cycle, LocalDate dueOn, String label) {
        this.caseId = caseId;
        this.cycle = cycle;
        this.dueOn = dueOn;
        this.label = label;
    }

    public void record(long by, String text, Instant at) {
        if (doneAt != null) {
            throw new IllegalStateException("follow-up already recorded");
        }
        doneBy = by;
        note = text;
        doneAt = at;
    }

    public void markReminded() {
        reminded = true;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public int cycle() {
        return cycle;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String label() {
        return label;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Long doneBy() {
        return doneBy;
    }

    public String note() {
        return note;
    }

    public boolean reminded() {
        return reminded;
    }
}
