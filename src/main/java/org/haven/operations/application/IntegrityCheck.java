package org.haven.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.audit.domain.ChainVerification;
import org.haven.evidence.application.EvidenceIntegrity;

import java.util.List;

/**
 * The check that a database (typically just restored from a backup) is whole: the audit chain walked through
 * {@link AuditLog#verify()} (so that a change to the chain's hashing is followed here without a copy of it), and
 * every evidence file opened and compared with its digest. The check itself is then written to the audit log: it
 * read every child's evidence.
 */
@ApplicationScoped
public class IntegrityCheck {

    @Inject
    AuditLog audit;

    @Inject
    EvidenceIntegrity evidence;

    /** What was found; {@code auditFirstBrokenId} is null when the chain is intact. */
    public record Report(long auditEntries, Long auditFirstBrokenId, long evidenceFiles, List<String> evidenceBroken) {

        public boolean intact() {
            return auditFirstBrokenId == null && evidenceBroken.isEmpty();
        }

        /** One line for logs and scripts; ids and counts only. */
        public String summary() {
            return "audit-entries=" + auditEntries + " audit-intact=" + (auditFirstBrokenId == null)
                    + (auditFirstBrokenId == null ? "" : " audit-first-broken-id=" + auditFirstBrokenId)
                    + " evidence-files=" + evidenceFiles + " evidence-broken=" + evidenceBroken.size()
                    + " intact=" + intact();
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Report run(Actor actor) {
        ChainVerification chain = audit.verify();
        EvidenceIntegrity.Result files = evidence.verifyAll();
        Report report = new Report(chain.entriesChecked(), chain.firstBrokenId(), files.checked(), files.broken());
        audit.record(actor.did("INTEGRITY_CHECKED", "system", "integrity", null, report.summary()));
        return report;
    }
}
