package org.haven.safeguarding.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of referrals, their transition rows and the documents sent with them. */
public interface ReferralRepository {

    /** Stores a new referral; its id is known on return. */
    Referral add(Referral r);

    void addTransition(ReferralTransition t);

    ReferralDocument addDocument(ReferralDocument d);

    Optional<Referral> byId(long referralId);

    /** The referrals of a case, oldest first. */
    List<Referral> ofCase(long caseId);

    /** Whether a referral of that kind is under way in the case (not rejected, done or revoked). */
    boolean underWay(long caseId, ReferralKind kind);

    /** Referrals not reminded yet whose expected move was due before the instant, soonest due first. */
    List<Referral> lateNotReminded(Instant now, int max);

    List<ReferralTransition> transitions(long referralId);

    List<DocumentSummary> documents(long referralId);

    Optional<ReferralDocument> document(long referralId, long documentId);

    /** Referrals in these statuses of cases of these schools, most pressing deadline first, at most limit. */
    List<QueuedReferral> waitingInSchools(Set<Long> schoolIds, Collection<ReferralStatus> statuses, int limit);

    long waitingCount(Set<Long> schoolIds, Collection<ReferralStatus> statuses);
}
