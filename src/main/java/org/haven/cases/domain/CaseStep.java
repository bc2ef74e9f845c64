package org.haven.cases.domain;

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

/** One protocol step of one case, with what recorded it. */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    /** The case's school, kept here (V28) so that insight counts overdue steps without reading case_file. */
    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "step_id", nullable = false, length = 64)
    private String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StepStatus status;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "overdue_rungs", nullable = false)
    private int overdueRungs;

    @Column(name = "next_rung_at")
    private Instant nextRungAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    @Column(name = "form_values", columnDefinition = "TEXT")
    private String formValues;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Column(name = "skip_reason", columnDefinition = "TEXT")
    private String skipReason;

    @Version
    private int version;

    protected CaseStep() {
    }

    public CaseStep(long caseId, long schoolId, String stepId) {
        this.caseId = caseId;
        this.schoolId = schoolId;
        this.stepId = stepId;
        this.status = StepStatus.WAITING;
    }

    /** The case was handed over to another school: its steps go with it. */
    public void followCase(long newSchoolId) {
        this.schoolId = newSchoolId;
    }

    public void becomeDue(Instant due) {
        if (status == StepStatus.WAITING) {
            status = StepStatus.DUE;
            dueAt = due;
            overdueRungs = 0;
        }
    }

    public void complete(long by, String formJson, String stepNote, Instant at) {
        requireDue();
        status = StepStatus.DONE;
        nextRungAt = null;
        doneBy = by;
        formValues = formJson;
        note = stepNote;
        doneAt = at;
    }

    public void skip(long by, String reason, Instant at) {
        requireDue();
        status = StepStatus.SKIPPED;
        nextRungAt = null;
        doneBy = by;
        skipReason = reason;
        doneAt = at;
    }

    /** On reopening, a done step may be needed again: it becomes due anew, keeping nothing of its last record. */
    public void reopen(Instant due) {
        status = StepStatus.DUE;
        dueAt = due;
        overdueRungs = 0;
        nextRungAt = null;
        doneAt = null;
        doneBy = null;
        formValues = null;
        note = null;
        skipReason = null;
    }

    /** On reopening, a step that depends on others waits for them again (its last record stays on the timeline). */
    public void resetToWaiting() {
        reopen(null);
        status = StepStatus.WAITING;
    }

    /** The next rung of the overdue ladder climbs at this instant; null when the ladder is climbed. */
    public void climbOverdueRung(Instant nextRung) {
        overdueRungs++;
        nextRungAt = nextRung;
    }

    public void planFirstRung(Instant firstRung) {
        nextRungAt = firstRung;
    }

    public Instant nextRungAt() {
        return nextRungAt;
    }

    public boolean isOverdue(Instant now) {
        return status == StepStatus.DUE && dueAt != null && dueAt.isBefore(now);
    }

    private void requireDue() {
        if (status != StepStatus.DUE) {
            throw new IllegalStateException("step " + stepId + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String stepId() {
        return stepId;
    }

    public StepStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int overdueRungs() {
        return overdueRungs;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Long doneBy() {
        return doneBy;
    }

    public String formValues() {
        return formValues;
    }

    public String note() {
        return note;
    }

    public String skipReason() {
        return skipReason;
    }
}
