package org.haven.helplines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.helplines.domain.HelpResource;
import org.haven.helplines.domain.HelpResourceRepository;

import java.util.List;
import java.util.Optional;

/** The help lines in table help_resource. */
@ApplicationScoped
public class JpaHelpResourceRepository implements HelpResourceRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public List<HelpResource> activeOf(String country) {
        return em.createQuery("SELECT r FROM HelpResource r WHERE r.country = :c AND r.active = TRUE"
                + " ORDER BY r.sortOrder, r.id", HelpResource.class).setParameter("c", country).getResultList();
    }

    @Override
    public List<HelpResource> all() {
        return em.createQuery("SELECT r FROM HelpResource r ORDER BY r.country, r.sortOrder, r.id", HelpResource.class)
                .getResultList();
    }

    @Override
    public int lastOrderOf(String country) {
        return em.createQuery("SELECT COALESCE(MAX(r.sortOrder), 0) FROM HelpResource r WHERE r.country = :c",
                Integer.class).setParameter("c", country).getSingleResult();
    }

    @Override
    public HelpResource add(HelpResource line) {
        em.persist(line);
        em.flush();
        return line;
    }

    @Override
    public Optional<HelpResource> find(long id) {
        return Optional.ofNullable(em.find(HelpResource.class, id));
    }
}
