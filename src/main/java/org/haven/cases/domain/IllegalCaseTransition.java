package org.haven.cases.domain;

import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Refusal.FieldError;

import java.util.List;

/** A case was asked to move where its lifecycle does not go (for example closing a closed case): a conflict. */
public class IllegalCaseTransition extends Conflict {

    private final CaseStatus from;
    private final CaseAction action;

    public IllegalCaseTransition(CaseStatus from, CaseAction action) {
        super(List.of(new FieldError("status", "case.transition.illegal", from, action)));
        this.from = from;
        this.action = action;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseAction action() {
        return action;
    }
}
