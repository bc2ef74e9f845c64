package org.haven.cases.domain;

import java.util.Map;
import java.util.Optional;

import static org.haven.cases.domain.CaseStatus.CLOSED;
import static org.haven.cases.domain.CaseStatus.IN_PROTOCOL;
import static org.haven.cases.domain.CaseStatus.OPEN;
import static org.haven.cases.domain.CaseStatus.REOPENED;

/**
 * The case lifecycle's transition table: what moves a case from one status to another. A case is opened; the first
 * step worked takes it into its protocol (working an already worked case leaves it where it is); an active case is
 * closed; only a closed case is reopened. Any other move is refused ({@link IllegalCaseTransition}).
 */
public enum CaseAction {
    OPEN_CASE(Map.of()),
    WORK(Map.of(OPEN, IN_PROTOCOL, IN_PROTOCOL, IN_PROTOCOL, REOPENED, REOPENED)),
    CLOSE(Map.of(OPEN, CLOSED, IN_PROTOCOL, CLOSED, REOPENED, CLOSED)),
    REOPEN(Map.of(CLOSED, REOPENED));

    private final Map<CaseStatus, CaseStatus> moves;

    CaseAction(Map<CaseStatus, CaseStatus> moves) {
        this.moves = moves;
    }

    /** Where this action takes a case in this status, or nothing when the lifecycle does not allow it. */
    public Optional<CaseStatus> from(CaseStatus status) {
        return Optional.ofNullable(status == null ? null : moves.get(status));
    }

    /** Where this action takes a case in this status; refuses a move the lifecycle does not allow. */
    public CaseStatus next(CaseStatus status) {
        return from(status).orElseThrow(() -> new IllegalCaseTransition(status, this));
    }

    public boolean allowedFrom(CaseStatus status) {
        return from(status).isPresent();
    }
}
