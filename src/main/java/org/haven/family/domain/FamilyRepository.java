package org.haven.family.domain;

import java.util.List;

/** Storage of the parent portal's own records: message threads and acknowledgements. */
public interface FamilyRepository {

    <T> T add(T record);

    /** One parent's thread about one case, oldest first. */
    List<FamilyMessage> thread(long caseId, long parentAccountId);

    /** Every thread of a case (for the school), by parent then oldest first. */
    List<FamilyMessage> threads(long caseId);

    List<Acknowledgement> acknowledgements(long caseId);

    boolean acknowledged(long eventId, long accountId);
}
