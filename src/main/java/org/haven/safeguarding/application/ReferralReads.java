package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.safeguarding.domain.DocumentSummary;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralRepository;
import org.haven.safeguarding.domain.ReferralTransition;

import java.util.List;

/** Reads of referrals for the safeguarding pages and the API, in the reader's scope (404 outside it). */
@ApplicationScoped
public class ReferralReads {

    @Inject
    ReferralRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Referral> of(long caseId) {
        cases.readable(caseId);
        return repository.ofCase(caseId);
    }

    /** The case a referral belongs to (no scope check: the caller checks the case). */
    @Transactional
    public long caseOf(long referralId) {
        return load(referralId).caseId();
    }

    /** One referral, if its case is in the reader's scope; 404 otherwise. Audited. */
    @Transactional
    public Referral get(long referralId) {
        Referral r = load(referralId);
        CaseRef c = cases.readable(r.caseId());
        audit.record(actor.get().did("REFERRAL_VIEWED", "case", r.caseId(), c.schoolId(), "referral " + r.id()));
        return r;
    }

    @Transactional
    public List<ReferralTransition> transitions(long referralId) {
        cases.readable(load(referralId).caseId());
        return repository.transitions(referralId);
    }

    /** The documents of a referral, without their content. */
    @Transactional
    public List<DocumentSummary> documents(long referralId) {
        cases.readable(load(referralId).caseId());
        return repository.documents(referralId);
    }

    private Referral load(long referralId) {
        return repository.byId(referralId).orElseThrow(Referrals::notFound);
    }
}
