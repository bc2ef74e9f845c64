package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;

/**
 * Audits a refused access to evidence in a transaction of its own, so that the entry stays although the
 * refusal (a 404) rolls back the caller's. Called before the caller has audited anything, so it never waits
 * for the audit chain's head that the caller would hold.
 */
@ApplicationScoped
public class AccessDenials {

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String what) {
        audit.record(actor.get().did("EVIDENCE_ACCESS_DENIED", "evidence", what, null, null));
    }
}
