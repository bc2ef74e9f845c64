package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;

import java.util.List;

/**
 * Evidence that joins or leaves a case's dossier, or moves school with its case (issue 20). The files never change
 * owner or bytes, so their digests stay what the reporter was given; each one's chain of custody records the step
 * (and the audit log with it, through {@link EvidenceCustody}), in the caller's transaction.
 */
@ApplicationScoped
public class EvidenceJoining {

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceCustody custody;

    @Inject
    CurrentActor actor;

    /** A report's files join a case's dossier; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int joined(EvidenceOwner report, String caseNumber) {
        return log(report, CustodyAction.ATTACHED, "case " + caseNumber);
    }

    /** A report's files leave a case's dossier; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int left(EvidenceOwner report, String caseNumber) {
        return log(report, CustodyAction.DETACHED, "case " + caseNumber);
    }

    /** A case's own files move to the school it was handed over to; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int transferred(EvidenceOwner caseOwner, long toSchoolId) {
        List<EvidenceFile> files = live(caseOwner);
        for (EvidenceFile f : files) {
            long from = f.schoolId();
            f.transferTo(toSchoolId);
            custody.record(f, CustodyAction.TRANSFERRED, actor.get(), "case handover",
                    "school " + from + " to " + toSchoolId);
        }
        return files.size();
    }

    private int log(EvidenceOwner owner, CustodyAction action, String detail) {
        List<EvidenceFile> files = live(owner);
        for (EvidenceFile f : files) {
            custody.record(f, action, actor.get(), "case reports", detail);
        }
        return files.size();
    }

    private List<EvidenceFile> live(EvidenceOwner owner) {
        return repository.ofOwner(owner).stream().filter(f -> f.purgedAt() == null).toList();
    }
}
