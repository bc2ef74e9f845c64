package org.haven.safeguarding.domain;

import java.util.List;

/** Storage of a case's risk assessments and of the urgent decisions recorded for it. */
public interface AssessmentRepository {

    /** Stores an assessment or a decision; its id is known on return. */
    <T> T add(T record);

    /** The assessments of a case, newest first (the first one is in force). */
    List<RiskAssessment> assessments(long caseId);

    /** The urgent decisions of a case, newest first. */
    List<UrgentDecision> decisions(long caseId);
}
