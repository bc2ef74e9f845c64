package org.haven.protocol.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.protocol.domain.CalendarClosure;
import org.haven.protocol.domain.CalendarClosureRepository;

import java.util.List;
import java.util.Optional;

/** The district's calendar closures in the database, through JPA. */
@ApplicationScoped
public class JpaCalendarClosureRepository implements CalendarClosureRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<CalendarClosure> all() {
        return em.createQuery("SELECT c FROM CalendarClosure c ORDER BY c.firstDay, c.id", CalendarClosure.class)
                .getResultList();
    }

    @Override
    public CalendarClosure add(CalendarClosure closure) {
        em.persist(closure);
        em.flush();
        return closure;
    }

    @Override
    public Optional<CalendarClosure> byId(long id) {
        return Optional.ofNullable(em.find(CalendarClosure.class, id));
    }

    @Override
    public void remove(CalendarClosure closure) {
        em.remove(closure);
    }
}
