package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.util.List;
import java.util.Set;

/**
 * Record scope of the vault for staff: referents and heads of school see the evidence of their schools only
 * (in the query), and only of owners their {@link EvidenceOwnerScope} lets them access. Anything else is a 404,
 * exactly like a missing record, and the attempt is audited ({@code EVIDENCE_ACCESS_DENIED}).
 */
@ApplicationScoped
public class EvidenceAccess {

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceOwners owners;

    @Inject
    CurrentActor actor;

    @Inject
    AccessDenials denials;

    /** The schools where the signed-in account may work on evidence. */
    public Set<Long> schools() {
        return actor.principal().map(p -> p.schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL))
                .orElse(Set.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceOwner owner(EvidenceOwner.Kind kind, long ownerId) {
        HavenPrincipal p = actor.require();
        Set<Long> schools = schools();
        return owners.of(kind).flatMap(scope -> scope.find(ownerId)
                        .filter(o -> schools.contains(o.schoolId()) && scope.mayAccess(p, o)))
                .orElseThrow(() -> denied(kind + ":" + ownerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceFile file(long evidenceId) {
        HavenPrincipal p = actor.require();
        return repository.inSchools(evidenceId, schools())
                .filter(f -> owners.of(f.owner().kind()).map(s -> s.mayAccess(p, f.owner())).orElse(false))
                .orElseThrow(() -> denied("evidence:" + evidenceId));
    }

    /** Audits the refused attempt (in a transaction of its own) and returns the 404 to throw. */
    private Refusal denied(String what) {
        denials.record(what);
        return new NotFound(List.of(new Refusal.FieldError("id",
                "evidence.notFound")));
    }
}
