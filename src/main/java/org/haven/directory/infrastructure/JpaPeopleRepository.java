package org.haven.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People in JPA; adding flushes at once, so that the new row's identifier is known (for the audit entry that follows). */
@ApplicationScoped
public class JpaPeopleRepository implements PeopleRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Optional<Person> person(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> peopleByRef(long districtId, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.districtId = :d AND p.externalRef IN :refs",
                        Person.class)
                .setParameter("d", districtId).setParameter("refs", refs).getResultList();
    }

    @Override
    public Person add(Person person) {
        em.persist(person);
        em.flush();
        return person;
    }

    @Override
    public List<Person> childrenOf(long parentPersonId) {
        return em.createQuery("SELECT c FROM Person p JOIN p.children c WHERE p.id = :id"
                        + " ORDER BY c.firstName, c.id", Person.class)
                .setParameter("id", parentPersonId).getResultList();
    }

    @Override
    public List<Long> guardianAccountIds(long childPersonId) {
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.person p JOIN p.children c"
                        + " WHERE c.id = :child AND a.enabled = TRUE", Long.class)
                .setParameter("child", childPersonId).getResultList();
    }

    @Override
    public List<Object[]> peopleCounts() {
        return em.createQuery("SELECT p.school.id, p.kind, COUNT(p) FROM Person p WHERE p.school IS NOT NULL"
                + " GROUP BY p.school.id, p.kind", Object[].class).getResultList();
    }
}
