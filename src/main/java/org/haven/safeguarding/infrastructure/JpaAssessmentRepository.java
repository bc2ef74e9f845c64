package org.haven.safeguarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.safeguarding.domain.AssessmentRepository;
import org.haven.safeguarding.domain.RiskAssessment;
import org.haven.safeguarding.domain.UrgentDecision;

import java.util.List;

/** Risk assessments and urgent decisions in JPA. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public List<RiskAssessment> assessments(long caseId) {
        return em.createQuery("SELECT a FROM RiskAssessment a WHERE a.caseId = :c ORDER BY a.id DESC",
                RiskAssessment.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<UrgentDecision> decisions(long caseId) {
        return em.createQuery("SELECT d FROM UrgentDecision d WHERE d.caseId = :c ORDER BY d.id DESC",
                UrgentDecision.class).setParameter("c", caseId).getResultList();
    }
}
