package org.haven.safeguarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.safeguarding.domain.SupportAction;
import org.haven.safeguarding.domain.SupportPlan;
import org.haven.safeguarding.domain.SupportPlanRepository;

import java.util.List;
import java.util.Optional;

/** Support plans and support actions in JPA. */
@ApplicationScoped
public class JpaSupportPlanRepository implements SupportPlanRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public Optional<SupportPlan> plan(long caseId) {
        return em.createQuery("SELECT p FROM SupportPlan p WHERE p.caseId = :c", SupportPlan.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    @Override
    public List<SupportAction> supports(long caseId) {
        return em.createQuery("SELECT a FROM SupportAction a WHERE a.caseId = :c ORDER BY a.id", SupportAction.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<SupportAction> support(long supportId) {
        return Optional.ofNullable(em.find(SupportAction.class, supportId));
    }
}
