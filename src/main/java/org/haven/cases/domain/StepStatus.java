package org.haven.cases.domain;

/** A protocol step of a case: waiting for the steps it depends on, due, done, or skipped with a reason. */
public enum StepStatus {
    WAITING, DUE, DONE, SKIPPED;

    public boolean isFinished() {
        return this == DONE || this == SKIPPED;
    }
}
