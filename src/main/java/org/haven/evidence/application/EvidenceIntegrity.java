package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.infrastructure.SealedBlobs;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks every live evidence file against the SHA-256 taken when it was received (each chunk opened with the
 * evidence keys, the whole hashed again): after a restore, this is what says that the evidence came back intact and
 * that the keys configured are the right ones. Reads only; the caller records one audit entry for the whole check.
 */
@ApplicationScoped
public class EvidenceIntegrity {

    static final int BATCH = 100;

    @Inject
    EvidenceRepository repository;

    @Inject
    SealedBlobs blobs;

    /** How many files were checked, and one line per file that failed (its id and the problem, never content). */
    public record Result(long checked, List<String> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result verifyAll() {
        long checked = 0;
        long after = 0;
        List<String> broken = new ArrayList<>();
        List<Long> ids;
        do {
            ids = repository.liveAfter(after, BATCH);
            for (long id : ids) {
                EvidenceFile file = repository.byId(id).orElseThrow();
                SealedBlobs.Verification v = verify(file);
                if (!v.intact()) {
                    broken.add("evidence " + id + ": " + v.problem());
                }
                checked++;
                after = id;
            }
        } while (ids.size() == BATCH);
        return new Result(checked, List.copyOf(broken));
    }

    private SealedBlobs.Verification verify(EvidenceFile file) {
        try {
            return blobs.verify(file);
        } catch (RuntimeException e) {
            return new SealedBlobs.Verification(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
