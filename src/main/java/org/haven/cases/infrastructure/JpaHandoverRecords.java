package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.cases.domain.CaseHandover;
import org.haven.cases.domain.HandoverQueries;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The handovers schools made, through JPA, the scope in every query. */
@ApplicationScoped
public class JpaHandoverRecords implements HandoverQueries {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<CaseHandover> handoversFrom(Collection<Long> schoolIds, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT h FROM CaseHandover h WHERE h.fromSchoolId IN :s"
                        + " ORDER BY h.handedAt DESC, h.id DESC", CaseHandover.class)
                .setParameter("s", schoolIds).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<CaseHandover> handoverFrom(long id, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT h FROM CaseHandover h WHERE h.id = :id AND h.fromSchoolId IN :s",
                CaseHandover.class).setParameter("id", id).setParameter("s", schoolIds).getResultStream().findFirst();
    }
}
