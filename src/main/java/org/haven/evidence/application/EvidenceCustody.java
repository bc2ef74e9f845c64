package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.CustodyEntry;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceRepository;

import java.time.Clock;

/**
 * Writes a link of the chain of custody and its audit entry ({@code EVIDENCE_<action>}), in the caller's
 * transaction: who, when, what, from where in the application.
 */
@ApplicationScoped
public class EvidenceCustody {

    @Inject
    EvidenceRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EvidenceFile file, CustodyAction action, Actor actor, String place, String detail) {
        repository.add(new CustodyEntry(file.id(), action, actor.accountId(), actor.name(), actor.role(), place,
                detail, clock.instant()));
        audit.record(actor.did("EVIDENCE_" + action.name(), "evidence", file.id(), file.schoolId(),
                file.owner().ref() + " " + place + (detail == null ? "" : " " + detail)));
    }
}
