package org.haven.protocol.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.protocol.domain.ProtocolRepository;
import org.haven.protocol.domain.StoredProtocol;

import java.util.List;
import java.util.Optional;

/** The stored protocol versions in the database, through JPA. */
@ApplicationScoped
public class JpaProtocolRepository implements ProtocolRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void add(StoredProtocol stored) {
        em.persist(stored);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<StoredProtocol> active(String protocolId) {
        return em.createQuery("SELECT p FROM StoredProtocol p WHERE p.protocolId = :id AND p.active = TRUE",
                StoredProtocol.class).setParameter("id", protocolId).getResultStream().findFirst();
    }

    @Override
    public Optional<StoredProtocol> version(String protocolId, int version) {
        return em.createQuery("SELECT p FROM StoredProtocol p WHERE p.protocolId = :id AND p.version = :v",
                        StoredProtocol.class).setParameter("id", protocolId).setParameter("v", version)
                .getResultStream().findFirst();
    }

    @Override
    public List<StoredProtocol> activeVersions() {
        return em.createQuery("SELECT p FROM StoredProtocol p WHERE p.active = TRUE ORDER BY p.protocolId",
                StoredProtocol.class).getResultList();
    }

    @Override
    public List<StoredProtocol> history(String protocolId) {
        return em.createQuery("SELECT p FROM StoredProtocol p WHERE p.protocolId = :id ORDER BY p.version DESC",
                StoredProtocol.class).setParameter("id", protocolId).getResultList();
    }
}
