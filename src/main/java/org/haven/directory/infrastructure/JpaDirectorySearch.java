package org.haven.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectorySearch;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.School;

import java.util.List;
import java.util.Locale;

/** The directory's search pages in JPQL, keyset-paged so that a page costs the same wherever it starts. */
@ApplicationScoped
public class JpaDirectorySearch implements DirectorySearch {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<School> schoolsAfter(String search, String afterName, Long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM School s WHERE 1 = 1");
        if (search != null) {
            jpql.append(" AND (s.name LIKE :q OR s.codeText LIKE :q)");
        }
        if (afterName != null) {
            jpql.append(" AND (s.name > :name OR (s.name = :name AND s.id > :id))");
        }
        jpql.append(" ORDER BY s.name, s.id");
        TypedQuery<School> q = em.createQuery(jpql.toString(), School.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        if (afterName != null) {
            q.setParameter("name", afterName).setParameter("id", afterId);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countSchools(String search) {
        String jpql = "SELECT COUNT(s) FROM School s"
                + (search == null ? "" : " WHERE s.name LIKE :q OR s.codeText LIKE :q");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        return q.getSingleResult();
    }

    @Override
    public List<Account> accountsAfter(String search, String afterUsername, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Account a WHERE 1 = 1");
        if (search != null) {
            jpql.append(" AND (a.username LIKE :q OR a.displayName LIKE :q)");
        }
        if (afterUsername != null) {
            jpql.append(" AND a.username > :after");
        }
        jpql.append(" ORDER BY a.username");
        TypedQuery<Account> q = em.createQuery(jpql.toString(), Account.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        if (afterUsername != null) {
            q.setParameter("after", afterUsername);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countAccounts(String search) {
        String jpql = "SELECT COUNT(a) FROM Account a"
                + (search == null ? "" : " WHERE a.username LIKE :q OR a.displayName LIKE :q");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        return q.getSingleResult();
    }

    @Override
    public List<Person> pupilsOf(long schoolId, String search, int limit) {
        String like = search == null || search.isBlank() ? "%"
                : like(search.toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT p FROM Person p WHERE p.school.id = :s AND p.kind = :k AND"
                        + " (LOWER(p.lastName) LIKE :q OR LOWER(p.firstName) LIKE :q OR LOWER(p.className) LIKE :q)"
                        + " ORDER BY p.lastName, p.firstName, p.id", Person.class)
                .setParameter("s", schoolId).setParameter("k", PersonKind.STUDENT).setParameter("q", like)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Person> pupilPage(long schoolId, String search, PupilKey after, int limit) {
        String like = search == null || search.isBlank() ? null : like(search.toLowerCase(Locale.ROOT));
        StringBuilder q = new StringBuilder("SELECT p FROM Person p WHERE p.school.id = :s AND p.kind = :k");
        if (like != null) {
            q.append(" AND (LOWER(p.lastName) LIKE :q OR LOWER(p.firstName) LIKE :q OR LOWER(p.className) LIKE :q)");
        }
        if (after != null) {
            // The expanded form, which the index (school_id, last_name, first_name, id) serves (STACK-NOTES).
            q.append(" AND (p.lastName > :ln OR (p.lastName = :ln AND (p.firstName > :fn")
                    .append(" OR (p.firstName = :fn AND p.id > :id))))");
        }
        q.append(" ORDER BY p.lastName, p.firstName, p.id");
        var query = em.createQuery(q.toString(), Person.class)
                .setParameter("s", schoolId).setParameter("k", PersonKind.STUDENT);
        if (like != null) {
            query.setParameter("q", like);
        }
        if (after != null) {
            query.setParameter("ln", after.lastName()).setParameter("fn", after.firstName())
                    .setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** A LIKE pattern for a search (the collation is case-insensitive), with the wildcard characters of the search itself escaped. */
    private static String like(String search) {
        String escaped = search.strip()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
