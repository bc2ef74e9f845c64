package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.domain.Actor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Retention: the evidence of an owner closed more than {@code haven.evidence.retention-days} ago (the
 * district's period) is purged: each chunk overwritten with zeros, then deleted; the file's row keeps its name,
 * type and custody, marked purged. Each purge is a transaction of its own, in the custody log and the audit log
 * (actor {@code system}).
 */
@ApplicationScoped
public class EvidenceRetention {

    static final int OWNERS_PER_RUN = 1000;

    @Inject
    EvidenceOwners owners;

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceRetention self;

    @Inject
    EvidenceCustody custody;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.evidence.retention-days", defaultValue = "1095")
    int retentionDays;

    /** How many files were purged and of how many owners. */
    public record Result(int owners, int purged) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result purgeExpired() {
        Instant limit = clock.instant().minus(Duration.ofDays(retentionDays));
        int ownerCount = 0;
        int purged = 0;
        for (EvidenceOwnerScope scope : owners.all()) {
            for (EvidenceOwner owner : scope.closedBefore(limit, OWNERS_PER_RUN)) {
                ownerCount++;
                for (EvidenceFile f : repository.ofOwner(owner)) {
                    if (f.purgedAt() == null && self.purge(f.id(), retentionDays)) {
                        purged++;
                    }
                }
            }
        }
        return new Result(ownerCount, purged);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean purge(long evidenceId, int days) {
        EvidenceFile file = repository.forUpdate(evidenceId).orElse(null);
        if (file == null || file.purgedAt() != null) {
            return false;
        }
        repository.shredChunks(file.id());
        file.purged(clock.instant());
        custody.record(file, CustodyAction.PURGED, Actor.SYSTEM, "retention job",
                "owner closed over " + days + " day(s) ago");
        return true;
    }
}
