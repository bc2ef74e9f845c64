package org.haven.safeguarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.OutsideBodyRepository;

import java.util.List;
import java.util.Optional;

/** The directory of outside bodies in JPA. */
@ApplicationScoped
public class JpaOutsideBodyRepository implements OutsideBodyRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public OutsideBody add(OutsideBody b) {
        em.persist(b);
        em.flush();
        return b;
    }

    @Override
    public List<OutsideBody> all(long districtId) {
        return em.createQuery("SELECT b FROM OutsideBody b WHERE b.districtId = :d ORDER BY b.active DESC, b.kind,"
                + " b.name", OutsideBody.class).setParameter("d", districtId).getResultList();
    }

    @Override
    public List<OutsideBody> active(long districtId) {
        return em.createQuery("SELECT b FROM OutsideBody b WHERE b.districtId = :d AND b.active = TRUE"
                + " ORDER BY b.kind, b.name", OutsideBody.class).setParameter("d", districtId).getResultList();
    }

    @Override
    public Optional<OutsideBody> byId(long id) {
        return Optional.ofNullable(em.find(OutsideBody.class, id));
    }

    @Override
    public long count(long districtId) {
        return em.createQuery("SELECT COUNT(b) FROM OutsideBody b WHERE b.districtId = :d", Long.class)
                .setParameter("d", districtId).getSingleResult();
    }
}
