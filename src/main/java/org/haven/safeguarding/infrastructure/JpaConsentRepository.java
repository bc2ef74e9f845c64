package org.haven.safeguarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.safeguarding.domain.CaseConsent;
import org.haven.safeguarding.domain.ConsentOverride;
import org.haven.safeguarding.domain.ConsentRepository;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.Disclosure;

import java.util.List;
import java.util.Optional;

/** Consent records, overrides and disclosures in JPA. */
@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public Optional<CaseConsent> latestConsent(long caseId, long partyId) {
        return em.createQuery("SELECT k FROM CaseConsent k WHERE k.caseId = :c AND k.partyId = :p ORDER BY k.id DESC",
                CaseConsent.class).setParameter("c", caseId).setParameter("p", partyId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> latestOverrideId(long caseId, long partyId, ConsentScope scope) {
        return em.createQuery("SELECT o.id FROM ConsentOverride o WHERE o.caseId = :c AND o.partyId = :p"
                        + " AND o.scope = :s ORDER BY o.id DESC", Long.class).setParameter("c", caseId)
                .setParameter("p", partyId).setParameter("s", scope).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ConsentOverride> override(long overrideId) {
        return Optional.ofNullable(em.find(ConsentOverride.class, overrideId));
    }

    @Override
    public List<Disclosure> disclosures(long caseId) {
        return em.createQuery("SELECT d FROM Disclosure d WHERE d.caseId = :c ORDER BY d.disclosedAt, d.id",
                Disclosure.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Disclosure> disclosuresAbout(long caseId, long partyId) {
        return em.createQuery("SELECT d FROM Disclosure d WHERE d.caseId = :c AND d.partyId = :p"
                + " ORDER BY d.disclosedAt, d.id", Disclosure.class).setParameter("c", caseId)
                .setParameter("p", partyId).getResultList();
    }
}
