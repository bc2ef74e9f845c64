package org.haven.safeguarding.domain;

import java.util.List;
import java.util.Optional;

/** Storage of a pupil's support plan and the support actions offered or arranged in a case. */
public interface SupportPlanRepository {

    /** Stores a plan or a support action; its id is known on return. */
    <T> T add(T record);

    Optional<SupportPlan> plan(long caseId);

    /** The support actions of a case, oldest first. */
    List<SupportAction> supports(long caseId);

    Optional<SupportAction> support(long supportId);
}
