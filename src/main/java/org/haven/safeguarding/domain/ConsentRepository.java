package org.haven.safeguarding.domain;

import java.util.List;
import java.util.Optional;

/** Storage of the pupils' consent records, the overrides that set them aside, and the disclosures made. */
public interface ConsentRepository {

    /** Stores a consent record, an override or a disclosure; its id is known on return. */
    <T> T add(T record);

    Optional<CaseConsent> latestConsent(long caseId, long partyId);

    /** The id of the latest override of the pupil's wishes in this scope, if any. */
    Optional<Long> latestOverrideId(long caseId, long partyId, ConsentScope scope);

    Optional<ConsentOverride> override(long overrideId);

    /** The disclosures of a case, oldest first. */
    List<Disclosure> disclosures(long caseId);

    /** The disclosures about one pupil of a case, oldest first. */
    List<Disclosure> disclosuresAbout(long caseId, long partyId);
}
