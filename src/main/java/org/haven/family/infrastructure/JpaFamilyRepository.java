package org.haven.family.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.family.domain.Acknowledgement;
import org.haven.family.domain.FamilyMessage;
import org.haven.family.domain.FamilyRepository;

import java.util.List;

@ApplicationScoped
public class JpaFamilyRepository implements FamilyRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public List<FamilyMessage> thread(long caseId, long parentAccountId) {
        return em.createQuery("SELECT m FROM FamilyMessage m WHERE m.caseId = :c AND m.parentAccountId = :p"
                        + " ORDER BY m.id", FamilyMessage.class).setParameter("c", caseId)
                .setParameter("p", parentAccountId).getResultList();
    }

    @Override
    public List<FamilyMessage> threads(long caseId) {
        return em.createQuery("SELECT m FROM FamilyMessage m WHERE m.caseId = :c ORDER BY m.parentAccountId, m.id",
                FamilyMessage.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Acknowledgement> acknowledgements(long caseId) {
        return em.createQuery("SELECT a FROM Acknowledgement a WHERE a.caseId = :c ORDER BY a.acknowledgedAt",
                Acknowledgement.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public boolean acknowledged(long eventId, long accountId) {
        return em.createQuery("SELECT COUNT(a) FROM Acknowledgement a WHERE a.eventId = :e AND a.accountId = :a",
                Long.class).setParameter("e", eventId).setParameter("a", accountId).getSingleResult() > 0;
    }
}
