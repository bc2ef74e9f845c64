package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.audit.domain.Actor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.infrastructure.ChunkCipher;
import org.haven.evidence.infrastructure.EvidenceKeys;
import org.haven.evidence.infrastructure.SealedBlobs;

import java.util.List;

/**
 * Seals every blob under the active key: blobs of an older key (after a rotation) and blobs stored in clear
 * before the vault existed. One transaction per file, the file row locked; each blob is verified first (a blob
 * that fails is left as it is and raises an integrity alert); the chunks are re-sealed in place, so that no
 * copy under the old key or in clear is left in the table. Run at start-up and by the district admin's
 * {@code POST /api/v1/admin/evidence/rotation} (deploy/rotate-evidence-key.sh).
 */
@ApplicationScoped
public class EvidenceKeyRotation {

    static final int BATCH = 100;

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceKeys keys;

    @Inject
    SealedBlobs blobs;

    @Inject
    EvidenceCustody custody;

    @Inject
    IntegrityAlerts alerts;

    @Inject
    CurrentActor actor;

    @Inject
    EvidenceKeyRotation self;

    /** What a run did: files re-sealed, files left because they failed verification, files still to do. */
    public record Result(String activeKeyId, int resealed, int failed, long remaining) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result rotatePending() {
        String active = keys.ring().activeId();
        int resealed = 0;
        int failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = repository.notUnderKey(active, after, BATCH);
            for (Long id : batch) {
                after = id;
                switch (self.reseal(id)) {
                    case RESEALED -> resealed++;
                    case FAILED -> failed++;
                    case SKIPPED -> { }
                }
            }
        } while (batch.size() == BATCH);
        return new Result(active, resealed, failed, repository.notUnderKey(active, 0, Integer.MAX_VALUE).size());
    }

    /** What became of one file. */
    public enum Outcome {
        RESEALED, FAILED, SKIPPED
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome reseal(long evidenceId) {
        EvidenceFile file = repository.forUpdate(evidenceId).orElse(null);
        String active = keys.ring().activeId();
        if (file == null || file.purgedAt() != null || active.equals(file.keyId())) {
            return Outcome.SKIPPED;
        }
        Actor who = actor.get();
        SealedBlobs.Verification v = blobs.verify(file);
        if (!v.intact()) {
            if (file.integrityAlertAt() == null) {
                alerts.raise(file, who, "key rotation", v.problem());
            }
            return Outcome.FAILED;
        }
        String from = file.keyId() == null ? "clear (stored before the vault)" : "key " + file.keyId();
        try {
            blobs.reseal(file);
        } catch (ChunkCipher.TamperedException e) {
            throw new IllegalStateException("evidence " + evidenceId + " changed during its rotation", e);
        }
        custody.record(file, CustodyAction.REENCRYPTED, who, "key rotation", from + " -> key " + active);
        return Outcome.RESEALED;
    }
}
