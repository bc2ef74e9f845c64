package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.cases.application.CaseHandedOver;
import org.haven.cases.application.ReferralRequired;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralDeadlines;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralRepository;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.ReferralTransition;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Referrals a protocol rule asks for ("referral police"): drafted by the system in the rule's transaction, unless
 * one of that kind is already under way in the case; a person completes and sends them. A case handed over to
 * another school takes its referrals along.
 */
@ApplicationScoped
public class ProtocolReferrals {

    @Inject
    ReferralRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A case handed over to another school takes its referrals with it, in the same transaction. */
    void onHandedOver(@Observes CaseHandedOver handedOver) {
        for (Referral r : repository.ofCase(handedOver.caseId())) {
            r.followCase(handedOver.toSchoolId());
        }
    }

    void onRequired(@Observes ReferralRequired required) {
        Optional<ReferralKind> kind = ReferralKind.fromProtocol(required.body());
        if (kind.isEmpty() || repository.underWay(required.caseId(), kind.get())) {
            return;
        }
        Instant now = clock.instant();
        Instant due = required.dueAt() != null ? required.dueAt()
                : ReferralDeadlines.next(ReferralStatus.DRAFT, now, null);
        Referral r = new Referral(required.caseId(), required.schoolId(), kind.get(), null, required.ruleId(), null, now, due);
        repository.add(r);
        repository.addTransition(new ReferralTransition(r.id(), null, ReferralStatus.DRAFT, required.ruleId(), null,
                now));
        audit.record(Actor.SYSTEM.did("REFERRAL_DRAFTED", "case", required.caseId(), required.schoolId(),
                "referral " + r.id() + " " + kind.get() + " by rule " + required.ruleId()));
    }
}
