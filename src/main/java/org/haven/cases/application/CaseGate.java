package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.domain.Role;
import org.haven.platform.security.CurrentActor;
import org.haven.platform.security.HavenPrincipal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How other features (safeguarding, the parent portal, the evidence vault) reach a case: through the same record
 * scope as the case pages (404 outside it, audited), and by writing entries on its timeline. They never touch the
 * case's tables.
 */
@ApplicationScoped
public class CaseGate {

    /** What another feature may know of a case it was allowed to reach. */
    public record CaseRef(long id, String number, long schoolId, boolean active, boolean works,
                          List<PartyRef> parties) {

        public Optional<PartyRef> party(long partyId) {
            return parties.stream().filter(p -> p.id() == partyId).findFirst();
        }
    }

    public record PartyRef(long id, Long personId, String name, PartyRole part) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** The case, if the signed-in account may read it; 404 otherwise (audited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRef readable(long caseId) {
        return ref(access.load(caseId));
    }

    /** The case, if the signed-in account works it (a referent or the head of its school); 404 or 403 otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRef workable(long caseId) {
        CaseFile c = access.load(caseId);
        access.require(access.works(c));
        return ref(c);
    }

    /** Whether the signed-in account holds this role in the case's school (district roles: anywhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(long caseId, Role role) {
        return access.holds(access.load(caseId), role);
    }

    /** Writes an entry on the case's timeline, as the signed-in account, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long caseId, EventKind kind, String subject, String detail, boolean parentVisible,
                       boolean pupilVisible) {
        CaseFile c = cases.byId(caseId).orElseThrow();
        HavenPrincipal me = actor.require();
        engine.record(c, kind, me.accountId(), me.displayName(), subject, detail, parentVisible, pupilVisible,
                clock.instant());
    }

    private CaseRef ref(CaseFile c) {
        return new CaseRef(c.id(), c.number(), c.schoolId(), c.status().isActive(), access.works(c),
                cases.parties(c.id()).stream().map(p -> new PartyRef(p.id(), p.personId(), p.displayName(),
                        p.part())).toList());
    }
}
