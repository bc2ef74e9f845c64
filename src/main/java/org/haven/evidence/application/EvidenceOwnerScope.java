package org.haven.evidence.application;

import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.security.HavenPrincipal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the vault needs to know about the owners of evidence, one CDI bean per kind: reports
 * (the reporting feature's ReportEvidenceScope) and cases (the cases feature adds its own). The
 * vault first limits staff to the schools where they are referent or head of school (in the query), then asks
 * {@link #mayAccess} for the owner's own rules (a case's assignment, later the protocol).
 */
public interface EvidenceOwnerScope {

    EvidenceOwner.Kind kind();

    /** The owner with its school, whoever asks; empty when it does not exist. */
    Optional<EvidenceOwner> find(long ownerId);

    /** Whether this staff member may see and add evidence of this owner (already known to be of their school). */
    boolean mayAccess(HavenPrincipal principal, EvidenceOwner owner);

    /** Whether this staff member may export the owner's dossier (for a case: the roles its protocol names). */
    default boolean mayExport(HavenPrincipal principal, EvidenceOwner owner) {
        return true;
    }

    /**
     * Other owners whose evidence joins this owner's dossier without changing hands: for a case, the reports it was
     * opened from or that were attached to it (issue 20). Their files keep their owner and digests.
     */
    default List<EvidenceOwner> attached(EvidenceOwner owner) {
        return List.of();
    }

    /** Owners closed before this instant, whose evidence the retention job purges (at most {@code max}). */
    List<EvidenceOwner> closedBefore(Instant limit, int max);

    /** The owner's part of a dossier: title, school, number, summary lines and timeline, in this language. */
    DossierContent.OwnerDossier dossier(EvidenceOwner owner, Locale locale);
}
