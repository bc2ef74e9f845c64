package org.haven.cases.application;

import org.haven.cases.domain.EventKind;
import org.haven.protocol.domain.StepKind;

/** Which timeline entry completing a step of each kind writes. */
final class StepKinds {

    private StepKinds() {
    }

    static EventKind eventOf(StepKind kind) {
        return switch (kind) {
            case INTERVIEW -> EventKind.INTERVIEW_RECORDED;
            case PARENTS -> EventKind.PARENTS_INFORMED;
            case PROTECTION -> EventKind.PROTECTION;
            case MEASURE -> EventKind.MEASURE_DECIDED;
            case DECLARATION -> EventKind.DECLARATION;
            default -> EventKind.STEP_COMPLETED;
        };
    }
}
