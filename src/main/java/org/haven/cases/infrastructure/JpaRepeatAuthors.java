package org.haven.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RepeatAuthorQueries;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The same alleged authors across cases, through JPA: roster pupils by id, names typed compared without case. */
@ApplicationScoped
public class JpaRepeatAuthors implements RepeatAuthorQueries {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<CaseParty> sameAuthorsElsewhere(long caseId, Collection<Long> personIds,
                                                Collection<String> lowerNames) {
        if (personIds.isEmpty() && lowerNames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM CaseParty p WHERE p.part = :author AND p.caseId <> :c AND ("
                        + "p.personId IN :people OR (p.personId IS NULL AND LOWER(p.displayName) IN :names))"
                        + " ORDER BY p.caseId", CaseParty.class)
                .setParameter("author", PartyRole.ALLEGED_AUTHOR).setParameter("c", caseId)
                .setParameter("people", personIds.isEmpty() ? List.of(-1L) : personIds)
                .setParameter("names", lowerNames.isEmpty() ? List.of("") : lowerNames).getResultList();
    }

    @Override
    public long repeatAuthorCount() {
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT COALESCE(CONCAT('#', p.person_id),"
                + " LOWER(p.display_name)) AS who FROM case_party p JOIN case_file c ON c.id = p.case_id"
                + " WHERE p.part = 'ALLEGED_AUTHOR' AND c.anonymised_at IS NULL"
                + " GROUP BY who HAVING COUNT(DISTINCT p.case_id) > 1) t").getSingleResult();
        return ((Number) n).longValue();
    }

    @Override
    public long repeatAuthorCount(java.util.Collection<Long> schoolIds, Instant from, Instant to) {
        if (schoolIds.isEmpty()) {
            return 0;
        }
        String schools = String.join(",", schoolIds.stream().map(String::valueOf).toList());
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT COALESCE(CONCAT('#', p.person_id),"
                + " LOWER(p.display_name)) AS who FROM case_party p JOIN case_file c ON c.id = p.case_id"
                + " WHERE p.part = 'ALLEGED_AUTHOR' AND c.anonymised_at IS NULL AND c.school_id IN (" + schools + ")"
                + " AND c.opened_at >= ?1 AND c.opened_at < ?2 GROUP BY who HAVING COUNT(DISTINCT p.case_id) > 1) t")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to))
                .getSingleResult();
        return ((Number) n).longValue();
    }
}
