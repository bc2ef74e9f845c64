package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CasesSwept;
import org.haven.cases.domain.EventKind;
import org.haven.platform.security.Role;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Late referrals: at each deadline sweep, a referral whose expected move is late is marked reminded (once per
 * status), on the timeline and in the audit log, in the sweep's transaction; the referent and the head are told
 * once it has committed.
 */
@ApplicationScoped
public class ReferralReminders {

    static final int BATCH = 500;

    @Inject
    ReferralRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReferralsLate> lateEvent;

    void onSwept(@Observes CasesSwept swept) {
        List<Long> caseIds = new ArrayList<>();
        for (Referral r : repository.lateNotReminded(swept.now(), BATCH)) {
            r.reminded(swept.now());
            cases.recordAsSystem(r.caseId(), EventKind.REFERRAL, r.kind().protocolName() + ": " + r.status(),
                    "late");
            audit.record(Actor.SYSTEM.did("REFERRAL_LATE", "case", r.caseId(), null, "referral " + r.id() + " "
                    + r.status()));
            caseIds.add(r.caseId());
        }
        if (!caseIds.isEmpty()) {
            lateEvent.fire(new ReferralsLate(caseIds));
        }
    }

    /** After the sweep committed: the referent and the head of the case's school, for each late referral. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remind(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralsLate late) {
        for (long caseId : late.caseIds()) {
            cases.notifyRole(caseId, Role.REFERENT, "REFERRAL_LATE", false);
            cases.notifyRole(caseId, Role.HEAD_OF_SCHOOL, "REFERRAL_LATE", false);
        }
    }
}
